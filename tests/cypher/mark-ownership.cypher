// Tests only: marks an empty database as the tests' own, so later runs may wipe it.
MERGE (m:NewsgraphTestMarker {createdBy: $createdBy})
ON CREATE SET m.createdAt = datetime()
RETURN m.createdBy AS createdBy
