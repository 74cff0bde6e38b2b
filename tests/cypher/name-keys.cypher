// Tests only: every lookup key with the entity ids it names (a key naming nothing has an empty list).
MATCH (k:NameKey)
RETURN k.key AS key, COLLECT { MATCH (k)-[:NAMES]->(e:Entity) RETURN e.id ORDER BY e.id } AS ids
ORDER BY key
