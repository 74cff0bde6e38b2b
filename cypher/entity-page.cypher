// One entity with a page of its relationships, both ends of each, and (when asked) their quotes and the total
// count, in one round trip: what `entity(id)` runs when the GraphQL selection allows it (src/graph/entityPages.ts).
// The slots are filled from fixed fragments by src/graph/entityPages.ts: {{entity}} and {{end}} with map
// projections of allow-listed properties (a literal map projection costs no db hits, reading properties by a
// parameter key one each); {{types}}, {{after}}, {{retracted}} and {{sources}} with the predicate their filter
// needs, or `true` when there is nothing to filter (src/graph/fragments.ts). Every value is a parameter. The
// optional parts are switched by $withQuotes and $withCount and touch nothing when off.
// The page and its filters are those of entity-relationships.cypher; quotes as in relationship-sources.cypher.
OPTIONAL MATCH (direct:Entity {id: $id})
OPTIONAL MATCH (:MergedId {id: $id})-[:MERGED_INTO]->(merged:Entity)
WITH coalesce(direct, merged) AS e
WHERE e IS NOT NULL
CALL (e) {
  MATCH (e)-[r]-(other:Entity)
  WHERE {{types}} AND {{after}}
    AND {{retracted}}
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = e))
    AND {{sources}}
  WITH r, other
  ORDER BY r.id
  LIMIT $limit
  CALL (r) {
    // The fact's id comes through the UNWIND so the lookup cannot be planned before the $withQuotes switch.
    UNWIND CASE WHEN $withQuotes THEN [r.id] ELSE [] END AS factId
    MATCH (:Fact {id: factId})<-[p:SUPPORTS|DISPUTES]-(s:Source)
    WHERE $asOf IS NULL OR s.reportedOn <= date($asOf)
    WITH p, s ORDER BY s.id, p.quote
    RETURN collect({stance: type(p), quote: p.quote, spanStart: p.spanStart, spanEnd: p.spanEnd, rule: p.rule,
                    source: s {.id, .title, .publisher, .url, .publishedAt}}) AS quotes
  }
  WITH r, other, quotes, ($includeRetracted OR $asOf IS NOT NULL) AND r.retractedAt IS NOT NULL AND ($asOf IS NULL OR date(r.retractedAt) <= date($asOf)) AS retracted
  ORDER BY r.id
  RETURN collect({id: r.id, type: type(r), since: r.since, until: r.until, confidence: r.confidence,
                  retractedAt: CASE WHEN retracted THEN r.retractedAt END, retractedBy: CASE WHEN retracted THEN r.retractedBy END,
                  retractionReason: CASE WHEN retracted THEN r.retractionReason END,
                  outgoing: startNode(r) = e, other: other {{end}}, quotes: quotes}) AS relationships
}
CALL (e) {
  WITH e WHERE $withCount
  MATCH (e)-[r]-(:Entity)
  WHERE {{types}}
    AND {{retracted}}
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = e))
    AND {{sources}}
  RETURN count(r) AS count
}
RETURN e {{entity}} AS entity, relationships, count
