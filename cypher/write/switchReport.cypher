// The one small transaction that makes a staged version current: the fiscal year's (:Report) now
// names it (readers switch at their next version check), the version it replaces is marked retired
// (removed after a grace period), the staged mark goes. Returns the replaced version (null for a
// year loaded for the first time).
MERGE (r:Report {fiscalYear: $report.fiscalYear})
WITH r, r.version AS replaced
SET r.id = $report.id, r.version = $report.version, r.title = $report.title,
    r.fiscalYearJa = $report.fiscalYearJa, r.measuresFiscalYear = $report.measuresFiscalYear,
    r.measuresFiscalYearJa = $report.measuresFiscalYearJa, r.source = $report.source,
    r.sha256 = $report.sha256, r.loadedAt = datetime()
WITH r, replaced
OPTIONAL MATCH (staged:VersionMark {version: $report.version})
DELETE staged
WITH replaced
CALL {
  WITH replaced
  WITH replaced WHERE replaced IS NOT NULL
  MERGE (old:VersionMark {version: replaced})
  SET old.fiscalYear = $report.fiscalYear, old.state = 'retired', old.at = datetime()
}
RETURN replaced
