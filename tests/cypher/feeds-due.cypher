// Makes the given feeds due now, as if their interval had passed.
MATCH (f:Feed)
WHERE f.id IN $ids
SET f.nextPollAt = datetime() - duration('PT1S')
