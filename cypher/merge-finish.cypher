// Finishes a merge: the kept entity takes the combined names, roles and ids; the duplicate's lookup keys and
// earlier merged ids now point at it; the duplicate's id is recorded as a MergedId (so entity(id) and later
// facts documents still resolve it), and the duplicate is deleted.
MATCH (keep:Entity {id: $keep})
MATCH (dup:Entity {id: $duplicate})
SET keep.aliases = $entity.aliases,
    keep.aliasText = reduce(text = '', a IN $entity.aliases | text + ' ' + a),
    keep.roles = $entity.roles,
    keep.externalIds = $entity.externalIds,
    keep.description = $entity.description,
    keep.updatedAt = datetime(), keep.updatedBy = $actor
WITH keep, dup
CALL (keep, dup) {
  MATCH (k:NameKey)-[:NAMES]->(dup)
  MERGE (k)-[:NAMES]->(keep)
}
CALL (keep, dup) {
  MATCH (m:MergedId)-[link:MERGED_INTO]->(dup)
  DELETE link
  MERGE (m)-[:MERGED_INTO]->(keep)
}
MERGE (merged:MergedId {id: dup.id})
SET merged.name = dup.name, merged.mergedAt = datetime(), merged.mergedBy = $actor
MERGE (merged)-[:MERGED_INTO]->(keep)
DETACH DELETE dup
RETURN keep.id AS id
