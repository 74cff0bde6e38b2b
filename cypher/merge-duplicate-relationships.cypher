// Every relationship of the duplicate entity, either direction, retracted ones too (a merge moves them all).
MATCH (dup:Entity {id: $duplicate})-[r]-(other:Entity)
RETURN r.id AS id, type(r) AS type, startNode(r) = dup AS outgoing, other.id AS other
ORDER BY r.id
