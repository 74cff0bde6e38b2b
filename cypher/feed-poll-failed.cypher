// A poll that failed: why, one more failure in a row, the backed-off next poll time, and the lease given back.
MATCH (f:Feed {id: $id})
WHERE f.leasedBy = $worker
SET f.lastPolledAt = datetime(), f.lastError = $error, f.failures = f.failures + 1,
  f.intervalSeconds = $intervalSeconds, f.nextPollAt = datetime() + duration({seconds: $intervalSeconds}),
  f.leaseUntil = null, f.leasedBy = null
