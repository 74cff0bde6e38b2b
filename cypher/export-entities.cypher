// The entities of an export: those at either end of an exported relationship (same selection as
// export-count.cypher), each once, by id. An entity with no exported relationship is not exported.
CALL () {
  WITH $entity AS entity WHERE entity IS NULL
  MATCH (a:Entity)-[r:$any($types)]->(b:Entity) RETURN a, r, b
  UNION
  MATCH (a:Entity {id: $entity})-[r:$any($types)]->(b:Entity) RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:$any($types)]->(b:Entity {id: $entity}) RETURN a, r, b
}
WITH a, r, b
WHERE (r.retractedAt IS NULL OR ($asOf IS NOT NULL AND date(r.retractedAt) > date($asOf)))
  AND ($asOf IS NULL OR EXISTS {
        MATCH (s:Source)-[:SUPPORTS]->(:Fact {id: r.id})
        WHERE coalesce(s.reportedOn, s.publishedAt, date(s.createdAt)) <= date($asOf) })
UNWIND [a, b] AS e
WITH DISTINCT e
ORDER BY e.id
RETURN e {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS entity
