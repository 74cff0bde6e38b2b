// Entities by id; ids of entities merged into others resolve to the entity they were merged into.
UNWIND $ids AS id
OPTIONAL MATCH (direct:Entity {id: id})
OPTIONAL MATCH (:MergedId {id: id})-[:MERGED_INTO]->(merged:Entity)
WITH id, coalesce(direct, merged) AS e
WHERE e IS NOT NULL
RETURN id, e {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS entity
