// The entities within $depth (1..3) hops of one entity, breadth first, capped at $limit nodes, and the
// relationships among them, in one round trip. Each ring is capped at $limit + 1 nodes so a hub cannot
// blow up the next ring; a ring is only expanded while the cap leaves room. Retracted relationships are skipped.
// The slots are filled from fixed fragments (src/graph/fragments.ts, src/graph/neighborhoods.ts): {{types}},
// {{retracted}} and {{sources}} with the predicate their filter needs, `true` when there is nothing to filter
// (a moot predicate still reads its properties, or runs its subquery, for every relationship: on a hub that was
// two thirds of the db hits); {{edge}} with the relationship map, its dates and confidence only when selected;
// {{node}} with a map projection of the entity properties the selection reads (all of them unless it is known).
// Types are filtered by a predicate, not $any($types) in the pattern: on a hub, the pattern form costs 3.5× the
// db hits in Neo4j 5.26 (measured with PROFILE, see docs/benchmarks.md).
// $minSources and $asOf follow only relationships with that many sources (as of that day; see
// relationships-page.cypher).
OPTIONAL MATCH (direct:Entity {id: $id})
OPTIONAL MATCH (:MergedId {id: $id})-[:MERGED_INTO]->(merged:Entity)
WITH coalesce(direct, merged) AS start
WHERE start IS NOT NULL
CALL (start) {
  MATCH (start)-[r]-(n:Entity)
  WHERE {{types}} AND {{retracted}} AND {{sources}}
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = start))
  WITH DISTINCT n ORDER BY n.id LIMIT $limit + 1
  RETURN collect(n) AS ring1
}
CALL (start, ring1) {
  UNWIND CASE WHEN $depth >= 2 AND 1 + size(ring1) < $limit THEN ring1 ELSE [] END AS x
  MATCH (x)-[r]-(n:Entity)
  WHERE {{types}} AND {{retracted}} AND {{sources}}
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = x))
    AND n <> start AND NOT n IN ring1
  WITH DISTINCT n ORDER BY n.id LIMIT $limit + 1
  RETURN collect(n) AS ring2
}
CALL (start, ring1, ring2) {
  UNWIND CASE WHEN $depth >= 3 AND 1 + size(ring1) + size(ring2) < $limit THEN ring2 ELSE [] END AS x
  MATCH (x)-[r]-(n:Entity)
  WHERE {{types}} AND {{retracted}} AND {{sources}}
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = x))
    AND n <> start AND NOT n IN ring1 AND NOT n IN ring2
  WITH DISTINCT n ORDER BY n.id LIMIT $limit + 1
  RETURN collect(n) AS ring3
}
WITH [start] + ring1 + ring2 + ring3 AS reached
WITH reached[0..$limit] AS nodes, size(reached) > $limit AS truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE {{types}} AND {{retracted}} AND {{sources}}
    AND b IN nodes
  WITH r, a, b ORDER BY r.id
  RETURN collect({{edge}}) AS edges
}
RETURN [n IN nodes | n {{node}}] AS nodes, edges, truncated
