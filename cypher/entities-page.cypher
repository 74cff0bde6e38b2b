// One page of entities (keyset pagination on the sort key, then id), filtered by kind, name prefix and source.
// The prefix test is always there (an absent prefix is '', which every name starts with) so that the planner
// can seek the nameLower index instead of scanning; every write of an entity's name also sets nameLower.
// $field is ID or NAME; the cursor is ($afterKey, $afterId).
// ORDER BY cannot take a direction parameter, so each direction has its own sort keys and the other's are null.
MATCH (e:Entity)
WHERE e.nameLower STARTS WITH coalesce(toLower($namePrefix), '')
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($source IS NULL OR EXISTS {
    MATCH (:Source {id: $source})-[:SUPPORTS]->(f:Fact)
    WHERE f.retractedAt IS NULL AND (f.from = e.id OR f.to = e.id)
  })
WITH e, CASE $field WHEN 'NAME' THEN e.nameLower ELSE e.id END AS key
WHERE $afterId IS NULL
   OR ($ascending AND (key > $afterKey OR (key = $afterKey AND e.id > $afterId)))
   OR (NOT $ascending AND (key < $afterKey OR (key = $afterKey AND e.id < $afterId)))
RETURN e {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS entity, key
ORDER BY CASE WHEN $ascending THEN key END ASC, CASE WHEN $ascending THEN e.id END ASC,
         CASE WHEN $ascending THEN null ELSE key END DESC, CASE WHEN $ascending THEN null ELSE e.id END DESC
LIMIT $limit
