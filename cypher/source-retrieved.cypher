// When an article read from a link was fetched. Set when the source is new or its stored article changed with this
// read; a fetch that found the same article leaves it, so reading the same page again changes nothing.
MATCH (s:Source {id: $id})
WHERE s.retrievedAt IS NULL OR $changed
SET s.retrievedAt = datetime($retrievedAt)
