// W1 for @neo4j/graphql's @cypher field Entity.relationships (its best shot, beside one connection per type and
// direction): the floor's relationships of `this`, up to $limit by id, with both ends, one row each.
MATCH (this)-[r]-(o:Entity)
WHERE r.retractedAt IS NULL
WITH r, o, startNode(r) = this AS outgoing
ORDER BY r.id
LIMIT $limit
RETURN {id: r.id, type: type(r), since: toString(r.since), until: toString(r.until), confidence: r.confidence,
        from: CASE WHEN outgoing THEN this {.id, .name, .kind} ELSE o {.id, .name, .kind} END,
        to: CASE WHEN outgoing THEN o {.id, .name, .kind} ELSE this {.id, .name, .kind} END} AS result
