// Creates or updates the document's source; reports whether it was created, changed or unchanged.
MERGE (s:Source {id: $source.id})
ON CREATE SET s.createdAt = datetime(), s.createdBy = $actor, s._created = true
WITH s, [coalesce(s.title, '∅'), coalesce(s.publisher, '∅'), coalesce(s.url, '∅'), coalesce(s.publishedAt, '∅')] AS before,
     CASE WHEN $source.publishedAt IS NULL THEN null ELSE date($source.publishedAt) END AS publishedAt
SET s.title = $source.title,
    s.publisher = $source.publisher,
    s.url = $source.url,
    s.publishedAt = publishedAt
WITH s, coalesce(s._created, false) AS created, before <> [s.title, coalesce(s.publisher, '∅'), coalesce(s.url, '∅'), coalesce(s.publishedAt, '∅')] AS changed
REMOVE s._created
RETURN created, changed AND NOT created AS updated
