// People the graph holds under a fuller or a shorter form of a new person's name (src/facts/resolvePeople.ts).
// For each new person: `fuller` asks the full-text index (entity_text) for people whose name or an alias holds
// every word of a short form ("Sheikh Tamim" → Tamim bin Hamad Al Thani); `shorter` for people whose name holds
// any word of a full name ("Abbas Araghchi" → Araghchi). Both queries are built by src/graph/lucene.ts from
// escaped words; the index, not a scan, finds the nodes, and at most $limit per query and direction come back
// (the caller treats a full list as ambiguous). The words are checked again, exactly, by the caller.
UNWIND $people AS q
CALL (q) {
  WITH q WHERE q.fuller IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_text', q.fuller) YIELD node, score
  WITH node, score WHERE node.kind = 'PERSON'
  RETURN 'fuller' AS direction, node, score
  ORDER BY score DESC, node.id
  LIMIT $limit
  UNION
  WITH q WHERE q.shorter IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_text', q.shorter) YIELD node, score
  WITH node, score WHERE node.kind = 'PERSON'
  RETURN 'shorter' AS direction, node, score
  ORDER BY score DESC, node.id
  LIMIT $limit
}
RETURN q.id AS query, direction, node {.id, .name, .kind, .aliases} AS entity
