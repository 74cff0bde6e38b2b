// The read of a batch of facts documents (src/facts/batchState.ts), before its one write: for each entity id the
// batch names, whether it exists and where a merged duplicate's id now points; what the entities it declares hold
// now, with their name keys; and the day its sources that already exist report on. Setting and removing a marker
// takes each declared entity's write lock (in id order: the caller sorts), so no concurrent writer can change its
// kind or name between this read and the write that decides on it. The facts it touches are read apart
// (stored-facts.cypher), since only their plan depends on the store's statistics.
// `replan=skip`: every lookup here is a unique-index seek, so the plan an empty store gets is the plan a full one
// gets (`npm run bench:plans -- --store DIR` shows both); replanning it as a load's statistics move costs seconds.
CYPHER replan=skip
CALL () {
  UNWIND $ids AS id
  OPTIONAL MATCH (e:Entity {id: id})
  OPTIONAL MATCH (:MergedId {id: id})-[:MERGED_INTO]->(m:Entity)
  RETURN collect({id: id, exists: e IS NOT NULL, mergedInto: m.id}) AS ids
}
CALL () {
  UNWIND $sourceIds AS id
  MATCH (s:Source {id: id})
  RETURN collect({id: id, reportedOn: toString(s.reportedOn), createdOn: toString(date(s.createdAt))}) AS sources
}
CALL () {
  UNWIND $declared AS id
  OPTIONAL MATCH (e:Entity {id: id})
  OPTIONAL MATCH (:MergedId {id: id})-[:MERGED_INTO]->(m:Entity)
  WITH coalesce(e, m) AS n
  WHERE n IS NOT NULL
  WITH DISTINCT n
  ORDER BY n.id
  SET n.writeLock = true
  REMOVE n.writeLock
  RETURN collect({id: n.id, kind: n.kind, name: n.name, description: n.description, aliases: n.aliases, roles: n.roles,
                  externalIds: n.externalIds, keys: COLLECT { MATCH (k:NameKey)-[:NAMES]->(n) RETURN k.key }}) AS entities
}
RETURN ids, sources, entities
