/**
 * Which loaded report a root query reads: the `fiscalYear` it names (a Gregorian year, 2024 for
 * 令和6年度), or by default the latest loaded. Nested fields read the year of their parent.
 */
import type { ReportRow } from '../../loaders/models';
import type { ServedReports } from '../../loaders/servedReports';
import { fiscalYearOfId, uidOf } from '../model/ids';
import { notFound } from '../server/errors';

/** The report of `fiscalYear` (default: the latest). NOT_FOUND naming the years loaded. */
export function reportFor(served: ServedReports, fiscalYear: number | null | undefined, argument = 'fiscalYear'): ReportRow {
  if (served.unavailable) throw served.unavailable;
  if (served.reports.length === 0) throw notFound('no report is loaded yet: load one with npm run ingest');
  if (fiscalYear == null) return served.reports[0];
  const report = served.reports.find((r) => r.fiscalYear === fiscalYear);
  if (!report) {
    throw notFound(`${argument}: no report of fiscal year ${fiscalYear} is loaded; loaded: ${served.reports.map((r) => `${r.fiscalYear} (${r.fiscalYearJa})`).join(', ')}`);
  }
  return report;
}

/**
 * The uid an item or measure id has in the report of its own year (ids say their year:
 * `2024/cabinet-office/p2/m3`), or null when the id names no loaded year (the node is then unknown).
 */
export function uidOfYearScopedId(served: ServedReports, id: string): string | null {
  if (served.unavailable) throw served.unavailable;
  const year = fiscalYearOfId(id);
  const report = year === null ? undefined : served.reports.find((r) => r.fiscalYear === year);
  return report ? uidOf(report.version, id) : null;
}

/** The uid of a node of a year-free id (ministry, clause, theme) in the report of `fiscalYear`. */
export function uidIn(served: ServedReports, fiscalYear: number | null | undefined, id: string, argument = 'fiscalYear'): string {
  return uidOf(reportFor(served, fiscalYear, argument).version, id);
}
