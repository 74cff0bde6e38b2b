// Pairs of entities of one kind that may be one thing, found by blocking, never by comparing all pairs: each
// block below is reached through an index or a bounded expansion, and a block wider than $maxBlock entities
// (a name or a party set too common to say anything) is left out. src/graph/duplicates.ts checks and scores the
// pairs. Each pair comes once, as (a, b) with a.id < b.id, however many blocks found it.
CALL () {
  // Names and aliases equal after normalisation: two entities named by one lookup key.
  MATCH (k:NameKey)
  WITH k, COUNT { (k)-[:NAMES]->() } AS named
  WHERE 1 < named <= $maxBlock
  MATCH (k)-[:NAMES]->(a:Entity)
  MATCH (k)-[:NAMES]->(b:Entity)
  WHERE a.id < b.id AND a.kind = b.kind
  RETURN a.id AS a, b.id AS b, 'key' AS block
UNION
  // People whose name, without titles and particles, is one or two words ("Tamim", "al-Burhan", "Sheikh Tamim"):
  // the people whose name has all those words, through the full-text index. The words are letters only and
  // lower case, so the query they make has no Lucene syntax but ours (`+name:`).
  MATCH (p:Entity {kind: 'PERSON'})
  WITH p, [w IN split(replace(replace(replace(toLower(p.name), '-', ' '), '.', ''), ',', ' '), ' ')
           WHERE w =~ '\\p{L}{2,}' AND NOT w IN $skipWords] AS words
  WHERE 1 <= size(words) <= 2
  CALL (p, words) {
    CALL db.index.fulltext.queryNodes('entity_text', reduce(q = '', w IN words | q + ' +name:' + w), {limit: $maxBlock + 1})
    YIELD node
    RETURN collect(node) AS found
  }
  WITH p, found WHERE size(found) <= $maxBlock
  UNWIND found AS o
  WITH p, o WHERE o.kind = 'PERSON' AND o <> p
  RETURN CASE WHEN p.id < o.id THEN p.id ELSE o.id END AS a, CASE WHEN p.id < o.id THEN o.id ELSE p.id END AS b, 'short' AS block
UNION
  // Numbered twins: the reader gives a new entity `<id>-2` … `-5` when `<id>` is taken by another name.
  MATCH (t:Entity)
  WHERE t.id =~ '.+-[2-9]'
  MATCH (base:Entity {id: left(t.id, size(t.id) - 2)})
  WHERE base.kind = t.kind
  RETURN base.id AS a, t.id AS b, 'twin' AS block
UNION
  // Events with the same principal parties (two or more) in the same place: grouped by that (parties, places) key.
  MATCH (e:Entity {kind: 'EVENT'})
  WITH e,
       COLLECT { MATCH (e)-[r:PARTICIPATES_IN|NEGOTIATES|CEASEFIRE_WITH]-(x:Entity) WHERE r.retractedAt IS NULL
                 RETURN DISTINCT x.id AS id ORDER BY id } AS parties,
       COLLECT { MATCH (e)-[r:LOCATED_IN]->(x:Entity) WHERE r.retractedAt IS NULL RETURN DISTINCT x.id AS id ORDER BY id } AS places
  WHERE size(parties) >= 2 AND size(places) >= 1
  WITH parties, places, collect(e.id) AS events
  WHERE 1 < size(events) <= $maxBlock
  UNWIND events AS a
  UNWIND events AS b
  WITH a, b WHERE a < b
  RETURN a, b, 'parties' AS block
}
RETURN DISTINCT a, b
ORDER BY a, b
