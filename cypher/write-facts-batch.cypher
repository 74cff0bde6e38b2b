// The one write of every facts write (src/facts/batchWrite.ts): a batch of facts documents (src/facts/load.ts
// writeFactsBatch) and a single edit (src/graph/editing.ts) alike, each sending only the parts it has (the others are
// empty lists). After the write's reads (facts-batch-state.cypher, stored-entities.cypher, stored-facts.cypher) every part
// is what the caller worked out from them, so each subquery only creates or sets: no Eager in the plan, and a MERGE
// only where two writers may meet (name keys, quotes, disputes, the change feed). One statement instead of ten saves
// the round trips; subqueries run in order, so entities exist before the relationships that need them. Rows come
// sorted by id (lock order).
// `reportedToday`: a supporting source of this write has no publication date and is new, so it reports on the
// day it is created (date() here), which the caller cannot know.
// `replan=skip`: every lookup here is a unique-index seek or an element id, so the plan an empty store gets is the
// plan a full one gets (`npm run bench:plans -- --store DIR` shows both); replanning this statement each time a
// growing store's statistics move cost seconds per batch and changed nothing.
CYPHER replan=skip
// Sources: created or updated, counted as created, changed or unchanged. The article text is kept when a later
// document gives none. `reportedOn` is the day the source reported what it says: its publication date, else the
// day it was ingested; `asOf` and corroboration count by it.
CALL () {
  UNWIND $sources AS src
  MERGE (s:Source {id: src.id})
  ON CREATE SET s.createdAt = datetime(), s.createdBy = $actor, s._created = true
  WITH s, src, [coalesce(s.title, '∅'), coalesce(s.publisher, '∅'), coalesce(s.url, '∅'), coalesce(s.publishedAt, '∅'), coalesce(s.text, '∅')] AS before,
       CASE WHEN src.publishedAt IS NULL THEN null ELSE date(src.publishedAt) END AS publishedAt
  SET s.title = src.title,
      s.publisher = src.publisher,
      s.url = src.url,
      s.publishedAt = publishedAt,
      s.text = coalesce(src.text, s.text),
      s.reportedOn = coalesce(publishedAt, date(s.createdAt))
  WITH s, coalesce(s._created, false) AS created, before <> [s.title, coalesce(s.publisher, '∅'), coalesce(s.url, '∅'), coalesce(s.publishedAt, '∅'), coalesce(s.text, '∅')] AS changed
  FOREACH (_ IN CASE WHEN changed AND NOT created THEN [1] ELSE [] END | SET s.updatedAt = datetime(), s.updatedBy = $actor)
  REMOVE s._created
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS sourcesCreated,
         sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS sourcesUpdated,
         sum(CASE WHEN changed OR created THEN 0 ELSE 1 END) AS sourcesUnchanged
}
CALL () {
  UNWIND $createEntities AS e
  CREATE (:Entity {id: e.id, kind: e.kind, name: e.name, nameLower: e.nameLower, description: e.description,
                   aliases: e.aliases, aliasText: e.aliasText, roles: e.roles, externalIds: e.externalIds,
                   createdAt: datetime(), createdBy: $actor, updatedAt: datetime(), updatedBy: $actor})
}
CALL () {
  UNWIND $updateEntities AS e
  MATCH (n:Entity {id: e.id})
  SET n.kind = e.kind, n.name = e.name, n.nameLower = e.nameLower, n.description = e.description,
      n.aliases = e.aliases, n.aliasText = e.aliasText, n.roles = e.roles, n.externalIds = e.externalIds,
      n.updatedAt = datetime(), n.updatedBy = $actor
}
CALL () {
  UNWIND $keys AS k
  MATCH (n:Entity {id: k.id})
  MERGE (key:NameKey {key: k.key})
  MERGE (key)-[:NAMES]->(n)
}
CALL () {
  UNWIND $createFacts AS rel
  MATCH (a:Entity {id: rel.from})
  MATCH (b:Entity {id: rel.to})
  CREATE (f:Fact {id: rel.id, type: rel.type, from: rel.from, to: rel.to, createdAt: datetime(), createdBy: $actor})
  CREATE (a)-[:$(rel.type) {id: rel.id, createdAt: datetime(), createdBy: $actor, since: date(rel.since), until: date(rel.until),
                           confidence: rel.confidence, sourceCount: rel.sourceCount,
                           firstReported: CASE WHEN rel.reportedToday AND (rel.firstReported IS NULL OR date() < date(rel.firstReported))
                                               THEN date() ELSE date(rel.firstReported) END}]->(b)
  WITH f, rel
  UNWIND rel.supports AS q
  MATCH (s:Source {id: q.sourceId})
  CREATE (s)-[:SUPPORTS {quote: q.quote, spanStart: q.spanStart, spanEnd: q.spanEnd, rule: q.rule, confidence: q.confidence,
                        createdAt: datetime(), createdBy: $actor}]->(f)
}
CALL () {
  // The relationship by the element id the read found it under (checked against its fact id): no expand.
  UNWIND $updateFacts AS rel
  MATCH ()-[r]->()
  WHERE elementId(r) = rel.relationship AND r.id = rel.id
  SET r.since = date(rel.since), r.until = date(rel.until), r.confidence = rel.confidence,
      r.sourceCount = rel.sourceCount,
      r.firstReported = CASE WHEN rel.reportedToday AND (rel.firstReported IS NULL OR date() < date(rel.firstReported))
                             THEN date() ELSE date(rel.firstReported) END,
      r.updatedAt = datetime(), r.updatedBy = $actor
  // The caller compares this with the facts it asked to set: fewer means one changed under it (rerun).
  RETURN count(r) AS factsUpdated
}
CALL () {
  UNWIND $quotes AS q
  MATCH (s:Source {id: q.sourceId})
  MATCH (f:Fact {id: q.id})
  MERGE (s)-[p:SUPPORTS {quote: q.quote}]->(f)
  ON CREATE SET p.createdAt = datetime(), p.createdBy = $actor
  SET p.spanStart = coalesce(q.spanStart, p.spanStart),
      p.spanEnd = coalesce(q.spanEnd, p.spanEnd),
      p.rule = coalesce(q.rule, p.rule),
      p.confidence = coalesce(q.confidence, p.confidence)
}
CALL () {
  UNWIND $disputes AS d
  MATCH (f:Fact {id: d.id})
  MATCH (s:Source {id: d.sourceId})
  MERGE (s)-[p:DISPUTES {quote: d.quote}]->(f)
  ON CREATE SET p.createdAt = datetime(), p.createdBy = $actor, p.spanStart = d.spanStart, p.spanEnd = d.spanEnd,
                p.rule = d.rule, p.confidence = d.confidence, p._created = true
  WITH p, coalesce(p._created, false) AS created
  REMOVE p._created
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS disputesCreated, sum(CASE WHEN created THEN 0 ELSE 1 END) AS disputesUnchanged
}
// Last: the change feed's lock is then held only from here to commit, so feed numbers follow commit order.
CALL (sourcesCreated) {
  UNWIND CASE WHEN sourcesCreated + size($stampFactIds) > 0 THEN [1] ELSE [] END AS _
  MERGE (feed:ChangeFeed {id: 'main'})
  SET feed.seq = coalesce(feed.seq, 0) + 1
  WITH feed.seq AS seq
  CALL (seq) {
    UNWIND $stampFactIds AS id
    MATCH (f:Fact {id: id})
    WHERE f.feedSeq IS NULL
    SET f.feedSeq = seq
  }
  CALL (seq) {
    UNWIND $stampSourceIds AS id
    MATCH (s:Source {id: id})
    WHERE s.feedSeq IS NULL
    SET s.feedSeq = seq
  }
}
RETURN sourcesCreated, sourcesUpdated, factsUpdated, sourcesUnchanged, disputesCreated, disputesUnchanged
