// The relationships of an export (selection as in export-count.cypher), by id, one record each with its ends and
// its quotes: supporting and disputing, each with its source, only those reported by the end of $asOf when set.
// The sort holds only references; the quotes are gathered per record after it, as the records are pulled.
// sourceCount and firstReported are computed from the quotes exported, so they too are as of $asOf.
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
WITH a, r, b
ORDER BY r.id
LIMIT $limit
CALL (r) {
  MATCH (s:Source)-[p:SUPPORTS|DISPUTES]->(:Fact {id: r.id})
  WITH s, p, coalesce(s.reportedOn, s.publishedAt, date(s.createdAt)) AS day
  WHERE $asOf IS NULL OR day <= date($asOf)
  WITH s, p, day
  ORDER BY s.id, type(p), p.quote
  RETURN collect({stance: type(p), quote: p.quote, spanStart: p.spanStart, spanEnd: p.spanEnd, rule: p.rule,
                  sourceId: s.id, sourceUrl: s.url, publisher: s.publisher, reportedOn: day}) AS quotes,
         count(DISTINCT CASE WHEN type(p) = 'SUPPORTS' THEN s.id END) AS sourceCount,
         min(CASE WHEN type(p) = 'SUPPORTS' THEN day END) AS firstReported
}
RETURN {id: r.id, type: type(r), since: r.since, until: r.until, confidence: r.confidence, retractedAt: r.retractedAt,
        from: a.id, to: b.id} AS relationship,
       a {.id, .kind, .name} AS fromEntity,
       b {.id, .kind, .name} AS toEntity,
       quotes, sourceCount, firstReported
