// Points name keys (each name and alias normalised) at entities, for `lookup`: only keys the entity lacks come here.
UNWIND $keys AS k
MATCH (n:Entity {id: k.id})
MERGE (key:NameKey {key: k.key})
MERGE (key)-[:NAMES]->(n)
