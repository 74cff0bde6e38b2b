// How many relationships match the filters of relationships-page.
MATCH (a:Entity)-[r:$any($types)]->(b:Entity)
WHERE r.retractedAt IS NULL
  AND ($from IS NULL OR a.id = $from)
  AND ($to IS NULL OR b.id = $to)
RETURN count(r) AS count
