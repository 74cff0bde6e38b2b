// Ingest floor: every quote of the batch as (:Source)-[:SUPPORTS {quote}]->(:Fact), created outright.
UNWIND $quotes AS q
MATCH (s:Source {id: q.sourceId})
MATCH (f:Fact {id: q.id})
CREATE (s)-[:SUPPORTS {quote: q.quote}]->(f)
