// Creates new entities with the values the caller worked out. nameLower (indexed) backs `entities(namePrefix:)`
// and aliasText the full-text index. Only for ids the caller found absent: a concurrent writer that created one
// first makes the unique constraint fail and the whole transaction reruns (Database.write).
UNWIND $entities AS e
CREATE (:Entity {id: e.id, kind: e.kind, name: e.name, nameLower: e.nameLower, description: e.description,
                 aliases: e.aliases, aliasText: e.aliasText, roles: e.roles, externalIds: e.externalIds,
                 createdAt: datetime(), createdBy: $actor, updatedAt: datetime(), updatedBy: $actor})
