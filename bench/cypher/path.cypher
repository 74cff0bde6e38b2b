// W3: the first (by node ids, then relationship ids) of the shortest paths between two entities, either
// direction, at most $maxHops long — newsgraph's path(allShortest: false) semantics.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*1..6]-(b))
WHERE all(r IN relationships(p) WHERE r.retractedAt IS NULL)
WITH p
WHERE length(p) <= $maxHops
WITH p, [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | r.id] AS relationshipIds
ORDER BY nodeIds, relationshipIds
LIMIT 1
WITH nodes(p) AS ns, relationships(p) AS rs, length(p) AS length
RETURN {length: length, nodes: [n IN ns | n {.id, .name, .kind}],
        steps: [i IN range(0, size(rs) - 1) | {forward: startNode(rs[i]) = ns[i], relationship: {id: rs[i].id, type: type(rs[i])}}]} AS result
