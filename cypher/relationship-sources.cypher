// The quotes of many relationships at once, supporting and disputing (`stance`), each with its source, where it
// sits in the source's text (spanStart/spanEnd) and the reader rule that found it. As of a day ($asOf), only
// quotes from sources reported by then.
UNWIND $ids AS id
MATCH (f:Fact {id: id})<-[p:SUPPORTS|DISPUTES]-(s:Source)
WHERE $asOf IS NULL OR s.reportedOn <= date($asOf)
RETURN id, type(p) AS stance, p.quote AS quote, p.spanStart AS spanStart, p.spanEnd AS spanEnd, p.rule AS rule,
       s {.id, .title, .publisher, .url, .publishedAt} AS source
ORDER BY id, s.id, p.quote
