// Which of these fact ids exist (a disputing quote needs a fact to dispute).
UNWIND $ids AS id
MATCH (f:Fact {id: id})
RETURN f.id AS id
