// Tests only: running transactions given $marker (leaving out this SHOW, which is given it too).
SHOW TRANSACTIONS YIELD transactionId, currentQuery, parameters
WHERE parameters.marker = $marker AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
RETURN transactionId
