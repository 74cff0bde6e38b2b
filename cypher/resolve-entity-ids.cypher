// For each id: whether an entity has it, and the entity it was merged into when it is a merged duplicate's id.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (:MergedId {id: id})-[:MERGED_INTO]->(m:Entity)
RETURN id, e IS NOT NULL AS exists, m.id AS mergedInto
