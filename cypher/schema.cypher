// Applied at every start; every statement is idempotent.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (f:Fact) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (k:NameKey) REQUIRE k.key IS UNIQUE;
CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (m:MergedId) REQUIRE m.id IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_name_lower IF NOT EXISTS FOR (e:Entity) ON (e.nameLower);
CREATE INDEX fact_from IF NOT EXISTS FOR (f:Fact) ON (f.from);
CREATE INDEX fact_to IF NOT EXISTS FOR (f:Fact) ON (f.to);
// No statement looks facts up by type (reads filter the typed relationship), and every fact written paid for it.
DROP INDEX fact_type IF EXISTS;
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText, e.description];
// Entities written before nameLower existed get it once; afterwards this matches nothing.
MATCH (e:Entity) WHERE e.nameLower IS NULL AND e.name IS NOT NULL SET e.nameLower = toLower(e.name);
// Entities `npm run import` wrote lack their empty aliases and roles (neo4j-admin cannot write an empty list,
// every other write sets both): they get them at the first start; afterwards this matches nothing.
MATCH (e:Entity) WHERE e.aliases IS NULL OR e.roles IS NULL
CALL (e) { SET e.aliases = coalesce(e.aliases, []), e.roles = coalesce(e.roles, []) } IN TRANSACTIONS OF 10000 ROWS;
CREATE CONSTRAINT change_feed_id IF NOT EXISTS FOR (c:ChangeFeed) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE;
// Feeds and the items each has seen (src/feeds/): an item's id is its feed's id and its guid or link.
CREATE CONSTRAINT feed_id IF NOT EXISTS FOR (f:Feed) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT feed_item_id IF NOT EXISTS FOR (i:FeedItem) REQUIRE i.id IS UNIQUE;
CREATE INDEX feed_item_feed IF NOT EXISTS FOR (i:FeedItem) ON (i.feedId);
CREATE INDEX fact_feed_seq IF NOT EXISTS FOR (f:Fact) ON (f.feedSeq);
CREATE INDEX source_feed_seq IF NOT EXISTS FOR (s:Source) ON (s.feedSeq);
CREATE INDEX source_reported_on IF NOT EXISTS FOR (s:Source) ON (s.reportedOn);
// Sources written before `reportedOn` existed get it once (their publication day, else the day they were ingested).
MATCH (s:Source) WHERE s.reportedOn IS NULL SET s.reportedOn = coalesce(s.publishedAt, date(s.createdAt), date());
// Relationships written before corroboration was stored get it, once per database (the Migration node remembers).
MERGE (m:Migration {id: 'corroboration-1'})
ON CREATE SET m.appliedAt = datetime(), m._new = true
WITH m, coalesce(m._new, false) AS isNew
REMOVE m._new
WITH isNew WHERE isNew
MATCH (f:Fact)
CALL (f) {
  MATCH (a:Entity {id: f.from}), (b:Entity {id: f.to})
  MATCH (a)-[r]->(b)
  WHERE r.id = f.id
  RETURN r
}
CALL (f, r) {
  OPTIONAL MATCH (s:Source)-[:SUPPORTS]->(f)
  WITH r, count(DISTINCT s) AS sourceCount, min(s.reportedOn) AS firstReported
  SET r.sourceCount = sourceCount, r.firstReported = firstReported
};
