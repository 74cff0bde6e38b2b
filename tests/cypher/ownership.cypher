// Tests only: whether this database is one the tests may wipe: how many nodes it holds besides the tests'
// marker, and whether the marker is there. Reads only, so a database the tests refuse is never written to.
CALL () { MATCH (n) WHERE NOT n:NewsgraphTestMarker RETURN count(n) AS otherNodes }
CALL () { MATCH (m:NewsgraphTestMarker {createdBy: $createdBy}) RETURN count(m) > 0 AS marked }
RETURN otherNodes, marked
