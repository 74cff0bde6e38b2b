// Tests only: gives entities aliases and lookup keys the way stores written before aliases had to be names got
// them (descriptions included), for the start-up alias clean-up to find.
UNWIND $entities AS x
MATCH (e:Entity {id: x.id})
SET e.aliases = coalesce(e.aliases, []) + x.aliases,
    e.aliasText = reduce(text = coalesce(e.aliasText, ''), a IN x.aliases | text + ' ' + a)
WITH e, x
UNWIND x.keys AS key
MERGE (k:NameKey {key: key})
MERGE (k)-[:NAMES]->(e)
