// Tests only: every node and relationship with its labels or type and all its properties, so a test can hash
// the whole graph and prove a run changed nothing. The caller canonicalises and sorts the rows.
CALL () {
  MATCH (n)
  RETURN 'node' AS kind, elementId(n) AS elementId, labels(n) AS labels, properties(n) AS properties, null AS startId, null AS endId
  UNION ALL
  MATCH (a)-[r]->(b)
  RETURN 'relationship' AS kind, elementId(r) AS elementId, [type(r)] AS labels, properties(r) AS properties, elementId(a) AS startId, elementId(b) AS endId
}
RETURN kind, elementId, labels, properties, startId, endId
