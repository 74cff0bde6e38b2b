// A page of relationships for each of many entities at once (one round trip for a whole GraphQL level).
// Both ends come back with the relationship, so resolving `from`/`to` costs nothing more.
// Types are matched by $any($types) in the pattern. The predicate form (WHERE type(r) IN $types, as in
// neighborhood.cypher) measured ~1.7× fewer db hits here with 19 types (PROFILE, docs/benchmarks.md); not applied yet.
// $asOf and $minSources filter as in relationships-page.cypher.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r:$any($types)]-(other:Entity)
  WHERE ($includeRetracted OR r.retractedAt IS NULL OR ($asOf IS NOT NULL AND date(r.retractedAt) > date($asOf)))
    AND r.id > $after
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = e))
  WITH r, other,
       CASE WHEN $asOf IS NULL THEN coalesce(r.sourceCount, 0)
            ELSE size(COLLECT { MATCH (s:Source)-[:SUPPORTS]->(:Fact {id: r.id}) WHERE s.reportedOn <= date($asOf) RETURN DISTINCT s.id })
       END AS sourceCount
  WHERE ($asOf IS NULL OR sourceCount > 0) AND ($minSources IS NULL OR sourceCount >= $minSources)
  RETURN r, other
  ORDER BY r.id
  LIMIT $limit
}
WITH id, e, r, other, startNode(r) = e AS outgoing
RETURN id,
       {id: r.id, type: type(r), since: r.since, until: r.until, confidence: r.confidence,
        retractedAt: CASE WHEN $asOf IS NULL OR date(r.retractedAt) <= date($asOf) THEN r.retractedAt END,
        retractedBy: r.retractedBy, retractionReason: r.retractionReason,
        from: CASE WHEN outgoing THEN e.id ELSE other.id END, to: CASE WHEN outgoing THEN other.id ELSE e.id END} AS relationship,
       e {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS self,
       other {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS other,
       outgoing
ORDER BY id, r.id
