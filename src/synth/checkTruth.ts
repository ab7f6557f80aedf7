/**
 * Does a parsed next-year report read as its generator meant? The same ministries; per ministry
 * the items (ids, titles) and measures (ids, statuses, heads) of the truth, in order. Used by the
 * CLI before it writes a report, and by the tests.
 */
import { compact } from '../ingest/text';
import type { ReportRecords } from '../ingest/records';
import type { NextYearTruth } from './synthesizeNextYear';

/** Each difference between `records` and `truth`, as a sentence; empty when they agree. */
export function checkTruth(records: ReportRecords, truth: NextYearTruth): string[] {
  const problems: string[] = [];
  if (records.report.fiscalYear !== truth.fiscalYear) problems.push(`the report's year is ${records.report.fiscalYear}, expected ${truth.fiscalYear}`);
  const parsed = new Map(records.ministries.map((m) => [m.ministryId, m]));
  if (records.ministries.length !== truth.ministries.length) problems.push(`${records.ministries.length} ministries parsed, expected ${truth.ministries.length}`);
  for (const expected of truth.ministries) {
    const ministry = parsed.get(expected.ministryId);
    if (!ministry) {
      problems.push(`ministry ${expected.ministryId} is missing`);
      continue;
    }
    const items = ministry.priorityItems;
    if (items.length !== expected.items.length) problems.push(`${expected.ministryId}: ${items.length} items parsed, expected ${expected.items.length}`);
    expected.items.forEach((item, i) => {
      const got = items[i];
      if (got && compact(got.title) !== compact(item.title)) problems.push(`${item.id}: title 「${got.title}」, expected 「${item.title}」`);
    });
    const measures = items.flatMap((p) => p.measures);
    if (measures.length !== expected.measures.length) problems.push(`${expected.ministryId}: ${measures.length} measures parsed, expected ${expected.measures.length}`);
    expected.measures.forEach((m) => {
      const got = measures.find((x) => x.id === m.id);
      if (!got) problems.push(`${m.id}: not parsed`);
      else if (got.status !== m.status || got.head !== m.head) problems.push(`${m.id}: read as ${got.status} 「${got.head}」, expected ${m.status} 「${m.head}」`);
    });
  }
  return problems;
}
