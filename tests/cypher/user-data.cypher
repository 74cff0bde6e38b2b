// Tests only: what a user's own graph might hold (none of it the tests'), for the test that proves the tests
// refuse to touch such a database.
CREATE (:Customer {id: 'c-1', name: 'Ada'})-[:ORDERED {at: date('2025-01-02')}]->(:Product {sku: 'p-1'})
CREATE (:Entity {id: 'united-states', kind: 'COUNTRY', name: 'A user entity that looks like ours'})
