// eval:extract's graph-quality figures: every entity of the scratch graph with what the figures judge (kind,
// name, aliases). The evaluation's own statement, read by eval/graphRun.ts; the product never loads it.
MATCH (e:Entity)
RETURN e.id AS id, e.kind AS kind, e.name AS name, coalesce(e.aliases, []) AS aliases
ORDER BY e.id
