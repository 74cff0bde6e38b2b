// Full-text search over names, aliases and descriptions (index entity_text), best first.
// $query is built by src/graph/lucene.ts from escaped user words; user text never reaches it as syntax.
// An entity whose name or an alias is exactly the text (through the NameKey of `lookup`) gets $exactBonus,
// so "Hamas" ranks Hamas above "Israeli hostages held by Hamas".
CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score + CASE WHEN EXISTS { (:NameKey {key: $key})-[:NAMES]->(node) } THEN $exactBonus ELSE 0.0 END AS score
RETURN node {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS entity, score
ORDER BY score DESC, node.id
LIMIT $limit
