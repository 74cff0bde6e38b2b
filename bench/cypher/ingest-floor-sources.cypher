// Ingest floor: the sources of a batch, created outright (the floor knows they are new).
UNWIND $sources AS s
CREATE (:Source {id: s.id, title: s.title, publisher: s.publisher, url: s.url,
                 publishedAt: date(s.publishedAt), reportedOn: date(s.publishedAt)})
