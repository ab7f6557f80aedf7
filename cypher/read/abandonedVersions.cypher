// Versions neither served nor being written: staged by an ingest that stopped refreshing its mark
// $staleSeconds ago (it died), or retired longer than $graceSeconds ago (its remover died). An
// ingest removes them before it stages its own version.
MATCH (v:VersionMark)
WHERE (v.state = 'staging' AND v.at < datetime() - duration({seconds: $staleSeconds}))
   OR (v.state = 'retired' AND v.at < datetime() - duration({seconds: $graceSeconds}))
RETURN v.version AS version, v.state AS state
ORDER BY version
