// Events the graph already holds that a new event of an article may be (src/facts/resolveEvents.ts): those at
// least two of its principal parties take part in (PARTICIPATES_IN or NEGOTIATES towards the event), and those
// one of its names names (NameKey). Every lookup starts from an indexed id or key and expands from there: no
// scan. A party's events are ranked by how many of the article's parties they share, at most $limit each way.
// For each candidate: its parties, places (LOCATED_IN), helpers (MEDIATES, HOSTS) and the first and last
// publication day of the sources of its facts (facts by the indexed Fact.from / Fact.to; sources without a
// publishedAt give no date, so an event told only by undated sources is undated), so the caller can weigh them;
// retracted relationships count for nothing.
UNWIND $events AS q
CALL (q) {
  UNWIND q.parties AS party
  MATCH (:Entity {id: party})-[r:PARTICIPATES_IN|NEGOTIATES]->(ev:Entity)
  WHERE ev.kind = 'EVENT' AND r.retractedAt IS NULL
  WITH ev, count(DISTINCT party) AS shared
  WHERE shared >= 2
  RETURN ev
  ORDER BY shared DESC, ev.id
  LIMIT $limit
  UNION
  UNWIND q.keys AS key
  MATCH (:NameKey {key: key})-[:NAMES]->(ev:Entity)
  WHERE ev.kind = 'EVENT'
  RETURN ev
  ORDER BY ev.id
  LIMIT $limit
}
CALL (ev) {
  CALL (ev) {
    MATCH (f:Fact {from: ev.id}) RETURN f
    UNION
    MATCH (f:Fact {to: ev.id}) RETURN f
  }
  OPTIONAL MATCH (s:Source)-[:SUPPORTS]->(f)
  WHERE f.retractedAt IS NULL AND s.publishedAt IS NOT NULL
  RETURN min(s.publishedAt) AS firstReported, max(s.publishedAt) AS lastReported
}
RETURN q.id AS query,
       ev {.id, .name, .kind, .aliases} AS event,
       [(p:Entity)-[r:PARTICIPATES_IN|NEGOTIATES]->(ev) WHERE r.retractedAt IS NULL | p.id] AS parties,
       [(ev)-[r:LOCATED_IN]->(place:Entity) WHERE r.retractedAt IS NULL | place.id] AS places,
       [(h:Entity)-[r:MEDIATES|HOSTS]->(ev) WHERE r.retractedAt IS NULL | h.id] AS helpers,
       firstReported, lastReported
