// One page of entities in id order (keyset pagination), optionally of some kinds only.
MATCH (e:Entity)
WHERE e.id > $after AND ($kinds IS NULL OR e.kind IN $kinds)
RETURN e {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS entity
ORDER BY e.id
LIMIT $limit
