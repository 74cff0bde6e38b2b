// Tests only: a statement Neo4j rejects, to show unexpected errors are masked (the Cypher never reaches clients).
RETURN secretInternals(
