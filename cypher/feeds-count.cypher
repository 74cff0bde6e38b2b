// How many feeds there are.
MATCH (f:Feed)
RETURN count(f) AS count
