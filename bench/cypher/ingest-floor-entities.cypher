// Ingest floor: entities first declared in this batch, created outright with their final aliases.
UNWIND $entities AS e
CREATE (:Entity {id: e.id, kind: e.kind, name: e.name, nameLower: toLower(e.name), description: e.description,
                 aliases: e.aliases})
