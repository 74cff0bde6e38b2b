// Tests only: the names of every index (constraints included, through the indexes that back them), so a test
// can show that not even the schema of a database changed.
SHOW INDEXES YIELD name
RETURN collect(name) AS names
