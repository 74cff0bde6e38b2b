// Counts for the overview: entities by kind, non-retracted relationships by type, sources.
CALL () {
  MATCH (e:Entity)
  WITH e.kind AS kind, count(*) AS count
  RETURN sum(count) AS entityCount, collect({kind: kind, count: count}) AS entitiesByKind
}
CALL () {
  MATCH (:Entity)-[r:$any($types)]->(:Entity)
  WHERE r.retractedAt IS NULL
  WITH type(r) AS type, count(*) AS count
  RETURN collect({type: type, count: count}) AS relationshipsByType
}
CALL () {
  MATCH (s:Source)
  RETURN count(s) AS sourceCount
}
RETURN entityCount, entitiesByKind, relationshipsByType, sourceCount
