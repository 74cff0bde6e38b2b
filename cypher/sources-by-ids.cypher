// Sources by id.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id, s {.id, .title, .publisher, .url, .publishedAt} AS source
