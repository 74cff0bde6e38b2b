// Records that a one-off migration ran, with what it changed, so later starts skip it.
MERGE (m:Migration {id: $id})
ON CREATE SET m.appliedAt = datetime()
SET m += $counts
