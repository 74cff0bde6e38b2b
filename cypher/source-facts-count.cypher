// How many facts each of many sources supports.
UNWIND $ids AS id
MATCH (s:Source {id: id})
CALL (s) {
  MATCH (s)-[:SUPPORTS]->(f:Fact)
  WHERE f.retractedAt IS NULL
  RETURN count(DISTINCT f) AS count
}
RETURN id, count
