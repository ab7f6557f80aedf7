// The loaded reports, one per fiscal year, with the version each serves (newest year first): what
// the API resolves `fiscalYear` arguments with, and what the response cache keys answers by.
MATCH (r:Report)
WHERE r.version IS NOT NULL
RETURN r {.*} AS report
ORDER BY r.fiscalYear DESC
