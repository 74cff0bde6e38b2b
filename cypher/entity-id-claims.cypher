// For ids the reader proposes for new entities: whether the id is taken (by an entity or a merged duplicate's
// id), the entity it points at, and that entity's name keys, so a taken id is reused only for the same name.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (:MergedId {id: id})-[:MERGED_INTO]->(m:Entity)
WITH id, coalesce(e, m) AS found
RETURN id, found IS NOT NULL AS taken, found.id AS entityId, found.kind AS kind, found.name AS name,
       CASE WHEN found IS NULL THEN [] ELSE [(k:NameKey)-[:NAMES]->(found) | k.key] END AS keys
