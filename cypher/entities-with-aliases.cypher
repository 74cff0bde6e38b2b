// A page of the entities that have aliases, in id order after $after: the start-up alias clean-up
// (src/graph/aliasCleanup.ts) reads the store in such pages and keeps only the aliases that are names.
MATCH (e:Entity)
WHERE e.id > $after AND size(coalesce(e.aliases, [])) > 0
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.description AS description
ORDER BY e.id
LIMIT $limit
