// Tests only: counts that expose duplicates (same id twice, same quote twice on one fact).
CALL () { MATCH (e:Entity) RETURN count(e) AS entities, count(DISTINCT e.id) AS entityIds }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships, count(DISTINCT r.id) AS relationshipIds }
CALL () { MATCH (f:Fact) RETURN count(f) AS facts }
CALL () { MATCH (s:Source)-[p:SUPPORTS]->(f:Fact) RETURN count(p) AS supports, count(DISTINCT [s.id, f.id, p.quote]) AS distinctSupports }
CALL () { MATCH (k:NameKey)-[n:NAMES]->(e:Entity) RETURN count(n) AS names, count(DISTINCT [k.key, e.id]) AS distinctNames }
RETURN entities, entityIds, relationships, relationshipIds, facts, supports, distinctSupports, names, distinctNames
