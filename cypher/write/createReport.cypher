CREATE (r:Report {
  id: $report.id,
  title: $report.title,
  fiscalYear: $report.fiscalYear,
  measuresFiscalYear: $report.measuresFiscalYear,
  source: $report.source,
  sha256: $report.sha256,
  loadedAt: datetime()
})
