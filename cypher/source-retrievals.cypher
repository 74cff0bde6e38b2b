// When each source's page was fetched (null for sources given as text or facts documents). Apart from
// sources-by-ids, like source-texts, so the many lists of sources carry no field only link readers ask for.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id, s.retrievedAt AS retrievedAt
