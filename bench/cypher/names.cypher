// Harness: the names of some entities, to make full-text search texts from.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name
