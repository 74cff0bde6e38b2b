// Tests only: forgets that a one-off migration ran, so the next applySchema runs it again.
MATCH (m:Migration {id: $id})
DELETE m
