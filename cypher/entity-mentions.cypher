// For each of many entities, the sources whose facts involve it and how many such facts each has, most first.
// Facts are found through the indexed Fact.from / Fact.to, so this never walks the typed relationships.
UNWIND $ids AS id
CALL (id) {
  CALL (id) {
    MATCH (f:Fact {from: id}) RETURN f
    UNION
    MATCH (f:Fact {to: id}) RETURN f
  }
  WITH f WHERE f.retractedAt IS NULL
  MATCH (s:Source)-[:SUPPORTS]->(f)
  WITH s, count(DISTINCT f) AS count
  ORDER BY count DESC, s.id
  LIMIT $limit
  RETURN s, count
}
RETURN id, s {.id, .title, .publisher, .url, .publishedAt} AS source, count
ORDER BY id, count DESC, source.id
