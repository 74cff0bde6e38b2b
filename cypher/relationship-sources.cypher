// The provenance of many relationships at once: each quote with its source, and where it sits in the source's
// text (spanStart/spanEnd) and the reader rule that found it, for facts read from articles.
UNWIND $ids AS id
MATCH (f:Fact {id: id})<-[p:SUPPORTS]-(s:Source)
RETURN id, p.quote AS quote, p.spanStart AS spanStart, p.spanEnd AS spanEnd, p.rule AS rule, s {.id, .title, .publisher, .url, .publishedAt} AS source
ORDER BY id, s.id, p.quote
