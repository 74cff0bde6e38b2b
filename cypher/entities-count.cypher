// How many entities match the filters of entities-page.
MATCH (e:Entity)
WHERE e.nameLower STARTS WITH coalesce(toLower($namePrefix), '')
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($source IS NULL OR EXISTS {
    MATCH (:Source {id: $source})-[:SUPPORTS]->(f:Fact)
    WHERE f.retractedAt IS NULL AND (f.from = e.id OR f.to = e.id)
  })
RETURN count(e) AS count
