// Entities whose name or an alias normalises to $key (see nameKey in src/graph/vocabulary.ts).
MATCH (:NameKey {key: $key})-[:NAMES]->(e:Entity)
RETURN e {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS entity
ORDER BY e.id
LIMIT $limit
