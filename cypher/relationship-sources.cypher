// The provenance of many relationships at once: each quote with its source.
UNWIND $ids AS id
MATCH (f:Fact {id: id})<-[p:SUPPORTS]-(s:Source)
RETURN id, p.quote AS quote, s {.id, .title, .publisher, .url, .publishedAt} AS source
ORDER BY id, s.id, p.quote
