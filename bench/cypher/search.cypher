// W4: full-text search, best first — newsgraph's search: the Lucene query built from escaped words, plus a
// bonus when the text is exactly a name or alias (through the NameKey index).
CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
WITH node, score + CASE WHEN EXISTS { (:NameKey {key: $key})-[:NAMES]->(node) } THEN $exactBonus ELSE 0.0 END AS score
ORDER BY score DESC, node.id
LIMIT $limit
RETURN {score: score, entity: node {.id, .name, .kind}} AS result
