// One entity with a page of its relationships, both ends of each, and (when asked) their quotes and the total
// count, in one round trip: what `entity(id)` runs when the GraphQL selection allows it (src/graph/entityPages.ts).
// The slots are filled from fixed fragments by src/graph/entityPages.ts: {{entity}} and {{end}} with map
// projections of allow-listed properties (a literal map projection costs no db hits, reading properties by a
// parameter key one each); {{types}}, {{after}}, {{retracted}} and {{sources}} with the predicate their filter
// needs, or `true` when there is nothing to filter (src/graph/fragments.ts). Every value is a parameter.
// The {{#parts}} are switched by the selection and filter and are left out of the text when off: the quotes, the
// count, the retraction fields (only with includeRetracted) and the quotes' day. Behind a `WHERE $switch` instead,
// each cost an Apply per relationship even when off (W1: Neo4j CPU per statement above the floor's).
// The page and its filters are those of entity-relationships.cypher; quotes as in relationship-sources.cypher.
CALL () {
  MATCH (e:Entity {id: $id})
  RETURN e
  UNION ALL
  // A merged duplicate's id reads as the entity it was merged into. Looked up only when no entity has the id:
  // the union pulls its second part only after the first, and the LIMIT stops pulling at the first row.
  MATCH (:MergedId {id: $id})-[:MERGED_INTO]->(e:Entity)
  RETURN e
}
WITH e
LIMIT 1
CALL (e) {
  MATCH (e)-[r]-(other:Entity)
  WHERE {{types}} AND {{after}}
    AND {{retracted}}
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = e))
    AND {{sources}}
  WITH r, other
  ORDER BY r.id
  LIMIT $limit
{{#retractions}}
  // As of a day, a relationship retracted only later reads as standing.
  WITH r, other, r.retractedAt IS NOT NULL AND ($asOf IS NULL OR date(r.retractedAt) <= date($asOf)) AS retracted
  ORDER BY r.id
{{/retractions}}
  // Dates as text, as the reader wants them: a Date value costs the driver an object per date to decode.
  RETURN collect({id: r.id, type: type(r), since: toString(r.since), until: toString(r.until), confidence: r.confidence,
{{#retractions}}
                  retractedAt: CASE WHEN retracted THEN r.retractedAt END, retractedBy: CASE WHEN retracted THEN r.retractedBy END,
                  retractionReason: CASE WHEN retracted THEN r.retractionReason END,
{{/retractions}}
{{#quotes}}
                  quotes: COLLECT {
                    MATCH (:Fact {id: r.id})<-[p:SUPPORTS|DISPUTES]-(s:Source)
{{#quotesAsOf}}
                    WHERE s.reportedOn <= date($asOf)
{{/quotesAsOf}}
                    WITH p, s ORDER BY s.id, p.quote
                    RETURN {stance: type(p), quote: p.quote, spanStart: p.spanStart, spanEnd: p.spanEnd, rule: p.rule,
                            source: s {.id, .title, .publisher, .url, .publishedAt}}
                  },
{{/quotes}}
                  outgoing: startNode(r) = e, other: other {{end}}}) AS relationships
}
{{#count}}
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  WHERE {{types}}
    AND {{retracted}}
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = e))
    AND {{sources}}
  RETURN count(r) AS count
}
{{/count}}
RETURN e {{entity}} AS entity, relationships{{#count}}, count{{/count}}
