// A poll that worked (or found the feed unchanged, 304): the validators for the next conditional GET, the next poll
// time, and the lease given back. Only by the worker holding the lease.
MATCH (f:Feed {id: $id})
WHERE f.leasedBy = $worker
SET f.lastPolledAt = datetime(), f.lastError = null, f.failures = 0,
  f.title = coalesce($title, f.title), f.etag = $etag, f.lastModified = $lastModified,
  f.intervalSeconds = $intervalSeconds, f.nextPollAt = datetime() + duration({seconds: $nextPollSeconds}),
  f.leaseUntil = null, f.leasedBy = null
