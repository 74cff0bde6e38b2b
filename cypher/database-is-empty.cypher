// Whether the graph has no entities yet (then the seed is loaded).
MATCH (e:Entity)
RETURN count(e) = 0 AS empty
LIMIT 1
