// The one read of a batch of facts documents (src/facts/batchState.ts), before its one write: for each entity id
// the batch names, whether it exists and where a merged duplicate's id now points; what the entities it declares
// hold now, with their name keys; what its facts hold now (dates, confidence, quotes with the day each source
// reports on); and the day its sources that already exist report on. Setting and removing a marker takes each
// declared entity's write lock (in id order: the caller sorts), so no concurrent writer can change its kind or
// name between this read and the write that decides on it.
CALL () {
  UNWIND $ids AS id
  OPTIONAL MATCH (e:Entity {id: id})
  OPTIONAL MATCH (:MergedId {id: id})-[:MERGED_INTO]->(m:Entity)
  RETURN collect({id: id, exists: e IS NOT NULL, mergedInto: m.id}) AS ids
}
CALL () {
  UNWIND $factIds AS id
  MATCH (f:Fact {id: id})
  // Both ends bound before the relationship is matched: Expand(Into) from the end with fewer relationships. (The
  // plan a nearly empty store gets walks one end's relationships instead; Neo4j replans as the store fills.)
  CALL (f) {
    MATCH (a:Entity {id: f.from}), (b:Entity {id: f.to})
    MATCH (a)-[r]->(b)
    WHERE r.id = f.id
    RETURN r
  }
  // `relationship`: its element id, so the write sets it without matching it again.
  RETURN collect({id: id, relationship: elementId(r), since: toString(r.since), until: toString(r.until), confidence: r.confidence,
                  quotes: COLLECT {
                    MATCH (s:Source)-[p:SUPPORTS]->(f)
                    RETURN {sourceId: s.id, quote: p.quote, spanStart: p.spanStart, spanEnd: p.spanEnd, rule: p.rule,
                            confidence: p.confidence, reportedOn: toString(s.reportedOn)}
                  }}) AS facts
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
RETURN ids, facts, sources, entities
