// The sources of an export: those with a quote (supporting or disputing, reported by the end of $asOf when set)
// on an exported relationship (selection as in export-count.cypher), each once, by id. The text is not exported.
CALL () {
  WITH $entity AS entity WHERE entity IS NULL
  MATCH (a:Entity)-[r:$any($types)]->(b:Entity) RETURN r
  UNION
  MATCH (:Entity {id: $entity})-[r:$any($types)]->(:Entity) RETURN r
  UNION
  MATCH (:Entity)-[r:$any($types)]->(:Entity {id: $entity}) RETURN r
}
WITH r
WHERE (r.retractedAt IS NULL OR ($asOf IS NOT NULL AND date(r.retractedAt) > date($asOf)))
  AND ($asOf IS NULL OR EXISTS {
        MATCH (s:Source)-[:SUPPORTS]->(:Fact {id: r.id})
        WHERE coalesce(s.reportedOn, s.publishedAt, date(s.createdAt)) <= date($asOf) })
MATCH (s:Source)-[:SUPPORTS|DISPUTES]->(:Fact {id: r.id})
WITH DISTINCT s, coalesce(s.reportedOn, s.publishedAt, date(s.createdAt)) AS day
WHERE $asOf IS NULL OR day <= date($asOf)
ORDER BY s.id
RETURN s {.id, .title, .publisher, .url, .publishedAt} AS source, day AS reportedOn
