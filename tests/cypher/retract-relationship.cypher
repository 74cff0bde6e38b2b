// Tests only: marks one relationship and its fact retracted, as a retraction would.
MATCH (f:Fact {id: $id})
MATCH (:Entity {id: f.from})-[r]->(:Entity {id: f.to})
WHERE r.id = $id
SET r.retractedAt = datetime(), f.retractedAt = datetime()
RETURN count(r) AS retracted
