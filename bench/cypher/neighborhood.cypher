// W2: the depth-2 neighbourhood of an entity, nearest first, capped at $limit nodes, with the relationships
// among them — newsgraph's neighborhood semantics (rings capped at $limit + 1, by id) for all types, both ways.
MATCH (start:Entity {id: $id})
CALL (start) {
  MATCH (start)-[r]-(n:Entity)
  WHERE r.retractedAt IS NULL
  WITH DISTINCT n ORDER BY n.id LIMIT $limit + 1
  RETURN collect(n) AS ring1
}
CALL (start, ring1) {
  UNWIND CASE WHEN 1 + size(ring1) < $limit THEN ring1 ELSE [] END AS x
  MATCH (x)-[r]-(n:Entity)
  WHERE r.retractedAt IS NULL AND n <> start AND NOT n IN ring1
  WITH DISTINCT n ORDER BY n.id LIMIT $limit + 1
  RETURN collect(n) AS ring2
}
WITH [start] + ring1 + ring2 AS reached
WITH reached[0..$limit] AS nodes, size(reached) > $limit AS truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE r.retractedAt IS NULL AND b IN nodes
  WITH r, a, b ORDER BY r.id
  RETURN collect({id: r.id, type: type(r), from: {id: a.id}, to: {id: b.id}}) AS edges
}
RETURN {truncated: truncated, nodes: [n IN nodes | n {.id, .name, .kind}], edges: edges} AS result
