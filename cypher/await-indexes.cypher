// Waits (up to 300 s) until every index is online, so the first queries can use them.
CALL db.awaitIndexes(300)
