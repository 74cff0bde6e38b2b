// Tests only: who created and last changed an entity.
MATCH (e:Entity {id: $id})
RETURN e.createdBy AS createdBy, e.updatedBy AS updatedBy
