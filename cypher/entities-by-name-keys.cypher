// The reader's dictionary: for each name key (nameKey in src/graph/vocabulary.ts), the one entity it names.
// A key naming several entities is left out: the reader must not pick one of them silently. Merged
// duplicates' names already point at the entity they became (merge-finish moves their NameKeys).
UNWIND $keys AS key
MATCH (:NameKey {key: key})-[:NAMES]->(e:Entity)
WITH key, collect(e {.id, .name, .kind}) AS entities
WHERE size(entities) = 1
RETURN key, entities[0] AS entity
