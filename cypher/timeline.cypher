// One entity's relationships for its timeline: dated ones (by `since`, else `until`) within the optional
// range in date order, then undated ones, by id; at most $limit of them. Retracted relationships are skipped;
// as of a day ($asOf), only relationships reported by then, and retractions made by then.
OPTIONAL MATCH (direct:Entity {id: $id})
OPTIONAL MATCH (:MergedId {id: $id})-[:MERGED_INTO]->(merged:Entity)
WITH coalesce(direct, merged) AS e
WHERE e IS NOT NULL
CALL (e) {
  MATCH (e)-[r:$any($types)]-(other:Entity)
  WHERE (r.retractedAt IS NULL OR ($asOf IS NOT NULL AND date(r.retractedAt) > date($asOf)))
    AND ($asOf IS NULL OR EXISTS { MATCH (s:Source)-[:SUPPORTS]->(:Fact {id: r.id}) WHERE s.reportedOn <= date($asOf) })
  WITH r, other, coalesce(r.since, r.until) AS date
  WHERE date IS NULL OR (($from IS NULL OR date >= date($from)) AND ($to IS NULL OR date <= date($to)))
  WITH r, other, date ORDER BY date IS NULL, date, r.id LIMIT $limit
  RETURN collect({relationship: {id: r.id, type: type(r), since: r.since, until: r.until, confidence: r.confidence,
                                 from: startNode(r).id, to: endNode(r).id},
                  other: other {.id, .kind, .name, .aliases, .description, .externalIds, .roles}}) AS entries
}
RETURN e {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS entity, entries
