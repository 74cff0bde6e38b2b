// How many relationships an export would hold, counted before anything is sent so an export over
// EXPORT_MAX_RELATIONSHIPS is refused rather than cut short. The selection (types, entity, retraction, asOf) is
// the same in export-count, export-entities, export-relationships and export-sources; keep the four identical.
// The entity filter is a union of two seeks (from it, to it) rather than `$entity IS NULL OR …`, which would scan;
// the types are a dynamic type checked against the allow-list (src/export/params.ts), so Neo4j scans only those.
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
RETURN count(r) AS relationships
