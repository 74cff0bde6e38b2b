// The relationships created after a cursor, in commit order: facts stamped with a feed number (see
// write-facts-batch.cypher's last part), ordered by (feedSeq, id) so a batch limit cuts between rows and the next batch
// starts exactly after the last one read (keyset; `$afterId` null means "all of `$seq` already read").
// Every fact in the batch comes back, so the cursor moves past all of them; one retracted since (or whose
// relationship is gone) has a null `relationship` and is skipped by the reader.
MATCH (f:Fact)
WHERE f.feedSeq >= $seq AND (f.feedSeq > $seq OR ($afterId IS NOT NULL AND f.id > $afterId))
WITH f
ORDER BY f.feedSeq, f.id
LIMIT $limit
OPTIONAL MATCH (a:Entity {id: f.from}), (b:Entity {id: f.to})
OPTIONAL MATCH (a)-[r]->(b) // both ends bound: Expand(Into) from the end with fewer relationships
WHERE r.id = f.id AND r.retractedAt IS NULL
RETURN f.feedSeq AS feedSeq, f.id AS id,
       CASE WHEN r IS NULL THEN null ELSE {id: r.id, type: type(r), since: r.since, until: r.until, confidence: r.confidence, from: a.id, to: b.id} END AS relationship,
       a {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS fromEntity,
       b {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS toEntity
ORDER BY feedSeq, id
