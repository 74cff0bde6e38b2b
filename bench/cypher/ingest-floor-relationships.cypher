// Ingest floor: relationships first quoted in this batch, each a (:Fact) and its typed relationship, with the
// source count worked out beforehand over the whole data set.
UNWIND $relationships AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
CREATE (:Fact {id: r.id, type: r.type, from: r.from, to: r.to})
CREATE (a)-[:$(r.type) {id: r.id, sourceCount: r.sourceCount}]->(b)
