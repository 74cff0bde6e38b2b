// One page of relationships in id order, filtered by type and ends.
MATCH (a:Entity)-[r:$any($types)]->(b:Entity)
WHERE r.retractedAt IS NULL
  AND r.id > $after
  AND ($from IS NULL OR a.id = $from)
  AND ($to IS NULL OR b.id = $to)
RETURN {id: r.id, type: type(r), since: r.since, until: r.until, confidence: r.confidence, from: a.id, to: b.id} AS relationship,
       a {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS fromEntity,
       b {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS toEntity
ORDER BY r.id
LIMIT $limit
