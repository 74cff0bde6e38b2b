// How well each of many relationships is corroborated, as of a day ($asOf; null: everything known): distinct
// supporting sources, independent publishers, the first and last day reported, and the combined confidence.
// A source reports on s.reportedOn (its publication day, else the day it was ingested). Publishers are sources
// grouped by publisher name ignoring case, else by the URL's host, else each source alone; each contributes its
// most confident quote c (the quote's confidence, else the fact's, else 0.5); support and against are
// 1 − Π(1 − c) over supporting and disputing publishers, combined = support × (1 − against / 2)
// (docs/corroboration.md).
UNWIND $ids AS id
MATCH (f:Fact {id: id})
// Both ends bound before the relationship is matched, as in stored-facts.cypher, so the plan is Expand(Into).
CALL (f) {
  OPTIONAL MATCH (a:Entity {id: f.from}), (b:Entity {id: f.to})
  OPTIONAL MATCH (a)-[r]->(b)
  WHERE r.id = f.id
  RETURN r
}
CALL (f, r) {
  OPTIONAL MATCH (s:Source)-[p:SUPPORTS]->(f)
  WHERE $asOf IS NULL OR s.reportedOn <= date($asOf)
  WITH s, p, CASE WHEN s IS NULL THEN null
                  ELSE coalesce(toLower(trim(s.publisher)), toLower(split(s.url, '/')[2]), 'source:' + s.id) END AS publisher
  WITH publisher, max(coalesce(p.confidence, r.confidence, 0.5)) AS c, count(DISTINCT s) AS sources,
       min(s.reportedOn) AS first, max(s.reportedOn) AS last
  RETURN sum(sources) AS sourceCount, count(publisher) AS publisherCount, min(first) AS firstReported, max(last) AS lastReported,
         1.0 - reduce(x = 1.0, q IN collect(CASE WHEN publisher IS NULL THEN null ELSE c END) | x * (1.0 - q)) AS support
}
CALL (f, r) {
  OPTIONAL MATCH (s:Source)-[p:DISPUTES]->(f)
  WHERE $asOf IS NULL OR s.reportedOn <= date($asOf)
  WITH CASE WHEN s IS NULL THEN null
            ELSE coalesce(toLower(trim(s.publisher)), toLower(split(s.url, '/')[2]), 'source:' + s.id) END AS publisher,
       coalesce(p.confidence, 0.5) AS confidence
  WITH publisher, max(confidence) AS c
  RETURN 1.0 - reduce(x = 1.0, q IN collect(CASE WHEN publisher IS NULL THEN null ELSE c END) | x * (1.0 - q)) AS against
}
RETURN id, sourceCount, publisherCount, firstReported, lastReported, support * (1.0 - against / 2.0) AS combinedConfidence
