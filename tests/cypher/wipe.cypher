// Tests only: empties the graph, in batches so a large graph cannot exhaust memory. The marker that says the
// tests own this database stays (tests/fixtures/testDatabase.ts checks for it before every wipe).
MATCH (n) WHERE NOT n:NewsgraphTestMarker
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
