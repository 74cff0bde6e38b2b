// Sets the values the caller worked out for entities that changed (aliases and roles already accumulated).
UNWIND $entities AS e
MATCH (n:Entity {id: e.id})
SET n.kind = e.kind, n.name = e.name, n.nameLower = e.nameLower, n.description = e.description,
    n.aliases = e.aliases, n.aliasText = e.aliasText, n.roles = e.roles, n.externalIds = e.externalIds,
    n.updatedAt = datetime(), n.updatedBy = $actor
