// What the entities a write is about to touch hold now, with the name keys that already point at them. The write
// works out the new values in JavaScript (src/facts/entityWrites.ts); ids not found are new. Setting and removing
// a marker takes each entity's write lock here (in id order: the caller sorts), so no concurrent writer can change
// its kind or name between this read and the write that decides on it.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.writeLock = true
REMOVE n.writeLock
RETURN id, n.kind AS kind, n.name AS name, n.description AS description, n.aliases AS aliases, n.roles AS roles,
       n.externalIds AS externalIds, COLLECT { MATCH (k:NameKey)-[:NAMES]->(n) RETURN k.key } AS keys
