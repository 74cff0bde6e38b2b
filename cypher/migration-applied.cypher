// Whether a one-off migration (a (:Migration {id}) node, see schema.cypher) has run on this database.
OPTIONAL MATCH (m:Migration {id: $id})
RETURN m IS NOT NULL AS applied
