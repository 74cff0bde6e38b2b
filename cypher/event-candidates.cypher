// Events the graph already holds that a new event of an article may be (src/facts/resolveEvents.ts): those at
// least two of its principal parties take part in (PARTICIPATES_IN or NEGOTIATES towards the event), those one
// of its names names (NameKey), and the event holding the id the reader gave it (the reader names an event by
// its place or parties, so the same slug is often the same process: `gaza-ceasefire-talks`). Every lookup
// starts from an indexed id or key and expands from there: no scan. The hints keep it so on a near-empty or
// freshly wiped database too, where the planner's statistics would otherwise favour scans and hash joins. A party's events are ranked by how many of
// the article's parties they share, at most $limit each way. For each candidate: its parties, places
// (LOCATED_IN), helpers (MEDIATES, HOSTS) and the first and last publication day of a source reporting a fact
// about it, so the caller can weigh them. Sources without a publication date give no day: the day such a source
// was ingested says nothing about when the event took place. Retracted relationships count for nothing.
UNWIND $events AS q
CALL (q) {
  UNWIND q.parties AS party
  MATCH (p:Entity {id: party})-[r:PARTICIPATES_IN|NEGOTIATES]->(ev:Entity)
  USING INDEX p:Entity(id)
  WHERE ev.kind = 'EVENT' AND r.retractedAt IS NULL
  WITH ev, count(DISTINCT party) AS shared
  WHERE shared >= 2
  RETURN ev
  ORDER BY shared DESC, ev.id
  LIMIT $limit
  UNION
  UNWIND q.keys AS key
  MATCH (k:NameKey {key: key})-[:NAMES]->(ev:Entity)
  USING INDEX k:NameKey(key)
  WHERE ev.kind = 'EVENT'
  RETURN ev
  ORDER BY ev.id
  LIMIT $limit
  UNION
  MATCH (ev:Entity {id: q.id})
  USING INDEX ev:Entity(id)
  WHERE ev.kind = 'EVENT'
  RETURN ev
}
CALL (ev) {
  OPTIONAL MATCH (ev)-[r]-(:Entity)
  WHERE r.retractedAt IS NULL
  OPTIONAL MATCH (s:Source)-[:SUPPORTS]->(f:Fact {id: r.id})
  USING INDEX f:Fact(id)
  WHERE s.publishedAt IS NOT NULL
  RETURN min(s.publishedAt) AS firstReported, max(s.publishedAt) AS lastReported
}
RETURN q.id AS query,
       ev {.id, .name, .kind, .aliases} AS event,
       [(p:Entity)-[r:PARTICIPATES_IN|NEGOTIATES]->(ev) WHERE r.retractedAt IS NULL | p.id] AS parties,
       [(ev)-[r:LOCATED_IN]->(place:Entity) WHERE r.retractedAt IS NULL | place.id] AS places,
       [(h:Entity)-[r:MEDIATES|HOSTS]->(ev) WHERE r.retractedAt IS NULL | h.id] AS helpers,
       firstReported, lastReported
