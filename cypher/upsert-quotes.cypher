// Attaches supporting quotes to facts: (:Source)-[:SUPPORTS {quote}]->(:Fact), with where the quote sits in the
// source's text, the reader rule that found it and its confidence. Only new or changed quotes come here; a quote
// given again without a span, rule or confidence keeps the ones it has.
UNWIND $quotes AS q
MATCH (s:Source {id: q.sourceId})
MATCH (f:Fact {id: q.id})
MERGE (s)-[p:SUPPORTS {quote: q.quote}]->(f)
ON CREATE SET p.createdAt = datetime(), p.createdBy = $actor
SET p.spanStart = coalesce(q.spanStart, p.spanStart),
    p.spanEnd = coalesce(q.spanEnd, p.spanEnd),
    p.rule = coalesce(q.rule, p.rule),
    p.confidence = coalesce(q.confidence, p.confidence)
