// Creates or updates sources; counts those created, changed and unchanged. The article text (sources read as
// articles, up to ARTICLE_MAX_BYTES) is kept when a later document gives none. `reportedOn` is the day the source
// reported what it says: its publication date, else the day it was ingested; `asOf` and corroboration count by it.
UNWIND $sources AS src
MERGE (s:Source {id: src.id})
ON CREATE SET s.createdAt = datetime(), s.createdBy = $actor, s._created = true
WITH s, src, s.reportedOn AS reportedBefore, [coalesce(s.title, '∅'), coalesce(s.publisher, '∅'), coalesce(s.url, '∅'), coalesce(s.publishedAt, '∅'), coalesce(s.text, '∅')] AS before,
     CASE WHEN src.publishedAt IS NULL THEN null ELSE date(src.publishedAt) END AS publishedAt
SET s.title = src.title,
    s.publisher = src.publisher,
    s.url = src.url,
    s.publishedAt = publishedAt,
    s.text = coalesce(src.text, s.text),
    s.reportedOn = coalesce(publishedAt, date(s.createdAt))
WITH s, reportedBefore, coalesce(s._created, false) AS created, before <> [s.title, coalesce(s.publisher, '∅'), coalesce(s.url, '∅'), coalesce(s.publishedAt, '∅'), coalesce(s.text, '∅')] AS changed
FOREACH (_ IN CASE WHEN changed AND NOT created THEN [1] ELSE [] END | SET s.updatedAt = datetime(), s.updatedBy = $actor)
REMOVE s._created
// `days`: the day each source reports on; `redated`: existing sources whose day moved (their facts' stored
// first day reported is refreshed).
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN changed OR created THEN 0 ELSE 1 END) AS unchanged,
       collect({id: s.id, reportedOn: toString(s.reportedOn)}) AS days,
       collect(CASE WHEN NOT created AND reportedBefore <> s.reportedOn THEN s.id END) AS redated
