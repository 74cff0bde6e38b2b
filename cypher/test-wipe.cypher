// Tests only: empties the graph, in batches so a large graph cannot exhaust memory.
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
