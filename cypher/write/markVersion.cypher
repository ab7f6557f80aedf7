// Marks a version as staging (an ingest is writing it) or retired (replaced, waiting for removal),
// and refreshes the time: a staging mark that stops being refreshed belongs to an ingest that died.
MERGE (v:VersionMark {version: $version})
SET v.fiscalYear = $fiscalYear, v.state = $state, v.at = datetime()
