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
CREATE INDEX fact_type IF NOT EXISTS FOR (f:Fact) ON (f.type);
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText, e.description];
// Entities written before nameLower existed get it once; afterwards this matches nothing.
MATCH (e:Entity) WHERE e.nameLower IS NULL AND e.name IS NOT NULL SET e.nameLower = toLower(e.name);
