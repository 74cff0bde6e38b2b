// A page of the facts each of many sources supports: cheap, because provenance hangs off Fact nodes.
UNWIND $ids AS id
MATCH (s:Source {id: id})
CALL (s) {
  MATCH (s)-[:SUPPORTS]->(f:Fact)
  WHERE f.id > $after AND f.retractedAt IS NULL
  WITH DISTINCT f
  ORDER BY f.id
  LIMIT $limit
  MATCH (a:Entity {id: f.from}), (b:Entity {id: f.to})
  MATCH (a)-[r]->(b) // both ends bound: Expand(Into) from the end with fewer relationships
  WHERE r.id = f.id
  RETURN f, r, a, b
}
RETURN id,
       {id: r.id, type: type(r), since: r.since, until: r.until, confidence: r.confidence, from: a.id, to: b.id} AS relationship,
       a {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS fromEntity,
       b {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS toEntity
ORDER BY id, f.id
