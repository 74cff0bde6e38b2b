// Keeps only the aliases that are names (src/graph/aliasCleanup.ts worked them out): sets the aliases and their
// full-text copy, fills a missing description, and unlinks the lookup keys ($changes[].dropKeys) that only the
// removed aliases gave the entity; a key left naming nothing is deleted. The same rows again change nothing.
UNWIND $changes AS c
MATCH (e:Entity {id: c.id})
SET e.aliases = c.aliases, e.aliasText = c.aliasText, e.description = coalesce(e.description, c.description),
    e.updatedAt = datetime(), e.updatedBy = $actor
WITH e, c
OPTIONAL MATCH (k:NameKey)-[link:NAMES]->(e)
WHERE k.key IN c.dropKeys
DELETE link
WITH collect(DISTINCT k) AS touched, count(link) AS unlinked, count(DISTINCT e) AS entities
CALL (touched) {
  UNWIND touched AS k
  WITH k WHERE NOT EXISTS { (k)-[:NAMES]->() }
  DELETE k
  RETURN count(k) AS deleted
}
RETURN entities, unlinked, deleted
