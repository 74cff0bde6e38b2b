// How many relationships match the filters of relationships-page (asOf and minSources included).
MATCH (a:Entity)-[r:$any($types)]->(b:Entity)
WHERE ($includeRetracted OR r.retractedAt IS NULL OR ($asOf IS NOT NULL AND date(r.retractedAt) > date($asOf)))
  AND ($from IS NULL OR a.id = $from)
  AND ($to IS NULL OR b.id = $to)
  AND ($source IS NULL OR EXISTS { MATCH (:Source {id: $source})-[:SUPPORTS]->(:Fact {id: r.id}) })
WITH r, coalesce(r.since, r.until) AS date,
     CASE WHEN $asOf IS NULL THEN coalesce(r.sourceCount, 0)
          ELSE size(COLLECT { MATCH (s:Source)-[:SUPPORTS]->(:Fact {id: r.id}) WHERE s.reportedOn <= date($asOf) RETURN DISTINCT s.id })
     END AS sourceCount
WHERE ($asOf IS NULL OR sourceCount > 0)
  AND ($minSources IS NULL OR sourceCount >= $minSources)
  AND (($dateFrom IS NULL AND $dateTo IS NULL)
   OR (date IS NOT NULL AND ($dateFrom IS NULL OR date >= date($dateFrom)) AND ($dateTo IS NULL OR date <= date($dateTo))))
RETURN count(r) AS count
