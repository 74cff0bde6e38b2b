// Tests only: stops a transaction a test left running on purpose.
TERMINATE TRANSACTIONS $ids
