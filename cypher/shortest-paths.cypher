// The shortest paths between two entities over non-retracted relationships of $types, at most $maxHops long,
// ordered by the ids of their nodes, then of their relationships, so the same question always gets the same
// answer (and $limit = 1 gives the first of them). The type filter is a predicate, not a pattern: Neo4j 5.26
// silently ignores $any() in variable-length patterns. Predicates on relationships are checked during the
// search; the length is checked after it, because a predicate on length(p) makes Neo4j fall back to an
// exhaustive search. As of a day ($asOf), only relationships a source had reported by then count.
// The slots are filled from fixed fragments (src/graph/fragments.ts): {{types}}, {{retracted}} and {{reported}}
// with the predicate their filter needs, `true` when there is nothing to filter (a moot predicate still reads its
// properties for every relationship the search tries: a third of the db hits); {{relationship}} with the
// relationship map, its dates and confidence only when selected.
OPTIONAL MATCH (fromDirect:Entity {id: $from})
OPTIONAL MATCH (:MergedId {id: $from})-[:MERGED_INTO]->(fromMerged:Entity)
OPTIONAL MATCH (toDirect:Entity {id: $to})
OPTIONAL MATCH (:MergedId {id: $to})-[:MERGED_INTO]->(toMerged:Entity)
WITH coalesce(fromDirect, fromMerged) AS a, coalesce(toDirect, toMerged) AS b
WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
MATCH p = allShortestPaths((a)-[*1..6]-(b))
WHERE all(r IN relationships(p) WHERE {{types}} AND {{retracted}} AND {{reported}})
WITH p
WHERE length(p) <= $maxHops
WITH p, [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | r.id] AS relationshipIds
ORDER BY nodeIds, relationshipIds
LIMIT $limit
RETURN [n IN nodes(p) | n {.id, .kind, .name, .aliases, .description, .externalIds, .roles}] AS nodes,
       [r IN relationships(p) | {{relationship}}] AS relationships
