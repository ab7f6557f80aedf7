// Readiness and start-up: how many reports the graph holds.
MATCH (r:Report)
RETURN count(r) AS reports
