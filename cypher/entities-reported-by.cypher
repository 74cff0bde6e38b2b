// Which of these entities were known as of a day: a fact involving them had been reported by then (by a source's
// reportedOn), or they were created by then (an entity written without facts).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE date(e.createdAt) <= date($asOf)
   OR EXISTS { MATCH (f:Fact)<-[:SUPPORTS]-(s:Source) WHERE (f.from = e.id OR f.to = e.id) AND s.reportedOn <= date($asOf) }
RETURN e.id AS id
