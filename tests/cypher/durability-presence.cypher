// Tests only: for each facts document the durability test sent, how many of its parts are in the graph
// (its source, its two entities, its relationship), so all-or-nothing can be checked too.
UNWIND $docs AS d
OPTIONAL MATCH (s:Source {id: d.source})
OPTIONAL MATCH (e:Entity) WHERE e.id IN [d.from, d.to]
OPTIONAL MATCH (:Entity {id: d.from})-[r {id: d.relationship}]->(:Entity {id: d.to})
RETURN d.source AS source, count(DISTINCT s) + count(DISTINCT e) + count(DISTINCT r) AS parts
