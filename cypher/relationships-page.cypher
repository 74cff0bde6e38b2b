// One page of relationships (keyset pagination on the sort key, then id), filtered by type, ends, supporting
// source, date range (date = `since`, else `until`; a range excludes undated ones), source count and `asOf`.
// $field is ID, DATE, SOURCE_COUNT or FIRST_REPORTED; undated relationships sort last either way through a
// sentinel key ('~' after any date, '' before any); counts sort as zero-padded strings.
// As of a day ($asOf), a relationship counts only the sources reported by then (s.reportedOn) and is listed only
// when one of them supports it; a retraction after that day is not yet in effect. Without $asOf the count stored
// on the relationship (refresh-corroboration.cypher) is read instead of counting quotes.
// ORDER BY cannot take a direction parameter, so each direction has its own sort keys and the other's are null.
MATCH (a:Entity)-[r:$any($types)]->(b:Entity)
WHERE ($includeRetracted OR r.retractedAt IS NULL OR ($asOf IS NOT NULL AND date(r.retractedAt) > date($asOf)))
  AND ($from IS NULL OR a.id = $from)
  AND ($to IS NULL OR b.id = $to)
  AND ($source IS NULL OR EXISTS { MATCH (:Source {id: $source})-[:SUPPORTS]->(:Fact {id: r.id}) })
WITH a, r, b, coalesce(r.since, r.until) AS date,
     CASE WHEN $asOf IS NULL THEN coalesce(r.sourceCount, 0)
          ELSE size(COLLECT { MATCH (s:Source)-[:SUPPORTS]->(:Fact {id: r.id}) WHERE s.reportedOn <= date($asOf) RETURN DISTINCT s.id })
     END AS sourceCount
WHERE ($asOf IS NULL OR sourceCount > 0)
  AND ($minSources IS NULL OR sourceCount >= $minSources)
  AND (($dateFrom IS NULL AND $dateTo IS NULL)
   OR (date IS NOT NULL AND ($dateFrom IS NULL OR date >= date($dateFrom)) AND ($dateTo IS NULL OR date <= date($dateTo))))
WITH a, r, b,
     CASE $field
       WHEN 'DATE' THEN CASE WHEN date IS NULL THEN CASE WHEN $ascending THEN '~' ELSE '' END ELSE toString(date) END
       WHEN 'SOURCE_COUNT' THEN right('0000000000' + toString(sourceCount), 10)
       WHEN 'FIRST_REPORTED' THEN coalesce(toString(r.firstReported), CASE WHEN $ascending THEN '~' ELSE '' END)
       ELSE r.id
     END AS key
WHERE $afterId IS NULL
   OR ($ascending AND (key > $afterKey OR (key = $afterKey AND r.id > $afterId)))
   OR (NOT $ascending AND (key < $afterKey OR (key = $afterKey AND r.id < $afterId)))
RETURN {id: r.id, type: type(r), since: r.since, until: r.until, confidence: r.confidence,
        retractedAt: CASE WHEN $asOf IS NULL OR date(r.retractedAt) <= date($asOf) THEN r.retractedAt END,
        retractedBy: r.retractedBy, retractionReason: r.retractionReason, from: a.id, to: b.id} AS relationship,
       a {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS fromEntity,
       b {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS toEntity,
       key
ORDER BY CASE WHEN $ascending THEN key END ASC, CASE WHEN $ascending THEN r.id END ASC,
         CASE WHEN $ascending THEN null ELSE key END DESC, CASE WHEN $ascending THEN null ELSE r.id END DESC
LIMIT $limit
