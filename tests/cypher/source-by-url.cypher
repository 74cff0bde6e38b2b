// Sources read from the given URLs.
MATCH (s:Source)
WHERE s.url IN $urls
RETURN s.id AS id, s.url AS url
