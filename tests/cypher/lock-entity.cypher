// Tests only: takes the write lock on one entity (held until the test's transaction ends).
MATCH (e:Entity {id: $id})
SET e.lockedByTest = true
RETURN e.id AS id
