// One relationship by id with both ends, through its Fact (unique id) so it is an index seek.
MATCH (f:Fact {id: $id})
MATCH (a:Entity {id: f.from}), (b:Entity {id: f.to})
MATCH (a)-[r]->(b) // both ends bound: Expand(Into) from the end with fewer relationships
WHERE r.id = $id AND ($includeRetracted OR r.retractedAt IS NULL)
RETURN {id: r.id, type: type(r), since: r.since, until: r.until, confidence: r.confidence, from: a.id, to: b.id,
        retractedAt: r.retractedAt, retractedBy: r.retractedBy, retractionReason: r.retractionReason} AS relationship,
       a {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS fromEntity,
       b {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS toEntity
