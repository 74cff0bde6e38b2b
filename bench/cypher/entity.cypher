// W1 floor: an entity, its relationships (up to $limit, by id) and their other ends, in one round trip.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]-(o:Entity)
  WHERE r.retractedAt IS NULL
  WITH r, o, startNode(r) = e AS outgoing
  ORDER BY r.id
  LIMIT $limit
  RETURN collect({node: {id: r.id, type: type(r), since: toString(r.since), until: toString(r.until), confidence: r.confidence,
                         from: CASE WHEN outgoing THEN e {.id, .name, .kind} ELSE o {.id, .name, .kind} END,
                         to: CASE WHEN outgoing THEN o {.id, .name, .kind} ELSE e {.id, .name, .kind} END}}) AS edges
}
RETURN e {.id, .name, .kind, relationships: {edges: edges}} AS entity
