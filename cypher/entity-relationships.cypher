// A page of relationships for each of many entities at once (one round trip for a whole GraphQL level).
// Both ends come back with the relationship, so resolving `from`/`to` costs nothing more.
// The slots are filled from fixed fragments (src/graph/fragments.ts) with the predicate each filter needs, `true`
// when there is nothing to filter: types by a predicate, not $any($types) in the pattern (1.7× fewer db hits with
// 19 types), and no predicate at all when every type is asked for. $asOf and $minSources filter as in
// relationships-page.cypher.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]-(other:Entity)
  WHERE {{types}} AND {{retracted}} AND {{sources}}
    AND {{after}}
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = e))
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
