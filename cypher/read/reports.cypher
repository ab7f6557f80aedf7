// The reports loaded, oldest load first.
MATCH (r:Report)
RETURN r {.*} AS report
ORDER BY r.loadedAt
