// Creates or updates entities. Aliases and roles accumulate across sources; name and kind take the latest
// document's values (a null name/kind keeps the current one: rows for merged ids only add aliases), description
// and external ids too when it gives them. Nulls are compared through '∅'. NameKey nodes back the case-insensitive `lookup`.
// nameLower (indexed) backs `entities(namePrefix:)`, which ignores case.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.createdAt = datetime(), n.createdBy = $actor, n._created = true, n.aliases = [], n.roles = [], n.externalIds = '{}'
WITH n, e, [coalesce(n.kind, '∅'), coalesce(n.name, '∅'), coalesce(n.description, '∅'), n.aliases, n.roles, n.externalIds] AS before
SET n.kind = coalesce(e.kind, n.kind),
    n.name = coalesce(e.name, n.name),
    n.nameLower = toLower(coalesce(e.name, n.name)),
    n.description = coalesce(e.description, n.description),
    n.aliases = n.aliases + [a IN e.aliases WHERE NOT a IN n.aliases AND a <> coalesce(e.name, n.name)],
    n.roles = n.roles + [r IN e.roles WHERE NOT r IN n.roles],
    n.externalIds = coalesce(e.externalIds, n.externalIds)
WITH n, e, coalesce(n._created, false) AS created, before <> [n.kind, n.name, coalesce(n.description, '∅'), n.aliases, n.roles, n.externalIds] AS changed
SET n.aliasText = reduce(text = '', a IN n.aliases | text + ' ' + a)
FOREACH (_ IN CASE WHEN changed OR created THEN [1] ELSE [] END | SET n.updatedAt = datetime(), n.updatedBy = $actor)
REMOVE n._created
WITH n, created, changed, e
CALL (n, e) {
  UNWIND e.keys AS key
  MERGE (k:NameKey {key: key})
  MERGE (k)-[:NAMES]->(n)
}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN changed OR created THEN 0 ELSE 1 END) AS unchanged
