// How many relationships each of many entities has, with the filters of entity-relationships (its slots too).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  WHERE {{types}} AND {{retracted}} AND {{sources}}
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = e))
  RETURN count(r) AS count
}
RETURN id, count
