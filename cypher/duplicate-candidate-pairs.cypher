// What scoring needs to know of each blocked pair (src/graph/duplicates.ts): both entities, how many relationships
// each has, for events their principal parties and places, and up to 5 neighbours they share (by id).
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.a})
MATCH (b:Entity {id: pair.b})
RETURN a {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS first,
       b {.id, .kind, .name, .aliases, .description, .externalIds, .roles} AS second,
       COUNT { (a)-[]-(:Entity) } AS firstDegree,
       COUNT { (b)-[]-(:Entity) } AS secondDegree,
       COLLECT { MATCH (a)-[r:PARTICIPATES_IN|NEGOTIATES|CEASEFIRE_WITH]-(x:Entity) WHERE a.kind = 'EVENT' AND r.retractedAt IS NULL
                 RETURN DISTINCT x.id AS id ORDER BY id } AS firstParties,
       COLLECT { MATCH (b)-[r:PARTICIPATES_IN|NEGOTIATES|CEASEFIRE_WITH]-(x:Entity) WHERE b.kind = 'EVENT' AND r.retractedAt IS NULL
                 RETURN DISTINCT x.id AS id ORDER BY id } AS secondParties,
       COLLECT { MATCH (a)-[r:LOCATED_IN]->(x:Entity) WHERE r.retractedAt IS NULL RETURN DISTINCT x.id AS id ORDER BY id } AS firstPlaces,
       COLLECT { MATCH (b)-[r:LOCATED_IN]->(x:Entity) WHERE r.retractedAt IS NULL RETURN DISTINCT x.id AS id ORDER BY id } AS secondPlaces,
       COLLECT { MATCH (a)--(n:Entity)--(b) WHERE n <> a AND n <> b RETURN DISTINCT n.id AS id ORDER BY id LIMIT 5 } AS shared
