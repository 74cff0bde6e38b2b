// The entities with the most non-retracted relationships to other entities (both directions), most first.
MATCH (e:Entity)
WITH e, COUNT { (e)-[r:$any($types)]-(:Entity) WHERE r.retractedAt IS NULL } AS degree
WHERE degree > 0
RETURN e {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS entity, degree
ORDER BY degree DESC, e.id
LIMIT $limit
