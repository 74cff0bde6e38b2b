// Tests only: a deliberately endless statement (no row ever matches) to show transaction timeouts.
// $marker lets a test find it among the running transactions.
WITH $marker AS marker
UNWIND range(1, $n) AS x
WITH marker, x WHERE x * x = -1
RETURN marker, count(x) AS hits
