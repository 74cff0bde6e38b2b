// How many entities match the filters of entities-page.
MATCH (e:Entity)
WHERE $kinds IS NULL OR e.kind IN $kinds
RETURN count(e) AS count
