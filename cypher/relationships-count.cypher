// How many relationships match the filters of relationships-page.
MATCH (a:Entity)-[r:$any($types)]->(b:Entity)
WHERE ($includeRetracted OR r.retractedAt IS NULL)
  AND ($from IS NULL OR a.id = $from)
  AND ($to IS NULL OR b.id = $to)
  AND ($source IS NULL OR EXISTS { MATCH (:Source {id: $source})-[:SUPPORTS]->(:Fact {id: r.id}) })
WITH r, coalesce(r.since, r.until) AS date
WHERE ($dateFrom IS NULL AND $dateTo IS NULL)
   OR (date IS NOT NULL AND ($dateFrom IS NULL OR date >= date($dateFrom)) AND ($dateTo IS NULL OR date <= date($dateTo)))
RETURN count(r) AS count
