/**
 * Metamorphic robustness: the report's layout drifts (titles in another order, banners moved, page
 * breaks and page numbers moved or added, other character widths and spacing, ministries reordered
 * or one removed, another year in the banner), its tables do not — so extraction must give the same
 * records. Each transformed report (tests/metamorphic/generate.ts; seeded, so a failure is replayed
 * with the `generateOne` call its message gives) is compared with the original in the canonical view
 * (tests/metamorphic/canonical.ts). A difference is allowed in one case only: removing a ministry
 * removes the quotes the guideline tree was built from, and a clause reading that changes for that
 * reason must be named in the review list — never a silently different graph.
 */
import path from 'node:path';
import { projectRoot } from '../../../src/config';
import { loadMinistryDirectory } from '../../../src/ingest/ministryDirectory';
import { parseReport } from '../../../src/ingest/parseReport';
import { readReportFile } from '../../../src/ingest/readReport';
import { canonicalView, diffCanonical, expectedView, flaggedInReview, formatDifference } from '../../metamorphic/canonical';
import { generateReports, loadOriginal, type GeneratedReport } from '../../metamorphic/generate';
import { renderReport } from '../../metamorphic/reportModel';

const directory = loadMinistryDirectory();
const text = readReportFile(path.join(projectRoot, 'data', 'wlb-followup-r6.txt'));
const original = loadOriginal(text, parseReport(text, { directory, source: 'wlb-followup-r6.txt' }));
const base = canonicalView(original.records);
const reports = generateReports(original, { seed: 1, singles: 8, compositions: 90 });
const outcome = { equal: 0, flagged: [] as string[], failed: [] as string[] };

describe('metamorphic robustness of extraction', () => {
  afterAll(() => {
    console.log(
      `metamorphic: ${reports.length} transformed reports, ${outcome.equal} extract equal to the original, ` +
        `${outcome.flagged.length} differ only where the review list says so (a removed ministry's quotes), ${outcome.failed.length} fail` +
        (outcome.flagged.length > 0 ? `\n  flagged: ${outcome.flagged.join(', ')}` : '') +
        (outcome.failed.length > 0 ? `\n  failed: ${outcome.failed.join(', ')}` : ''),
    );
  });

  test('the model renders the original back byte for byte', () => {
    expect(renderReport(original.model)).toBe(text);
  });

  test('at least 200 transformed reports, every transform kind alone and in compositions', () => {
    expect(reports.length).toBeGreaterThanOrEqual(200);
    const alone = new Set(reports.filter((r) => r.kinds.length === 1).map((r) => r.kinds[0]));
    expect(alone.size).toBe(13);
    expect(reports.filter((r) => r.kinds.length > 1).length).toBeGreaterThanOrEqual(80);
  });

  test.each(reports.map((r) => [r.name, r] as const))('%s', (_name, report: GeneratedReport) => {
    const records = parseReport(report.text, { directory, source: `${report.name}.txt` });
    const differences = diffCanonical(expectedView(base, report.expect.removed, report.expect.fiscalYear), canonicalView(records));
    const silent = differences.filter((d) => !(report.kinds.includes('removeMinistry') && flaggedInReview(d, differences, records.review)));
    if (silent.length === 0) {
      if (differences.length > 0) outcome.flagged.push(report.name);
      else outcome.equal++;
      return;
    }
    outcome.failed.push(report.name);
    throw new Error(
      [
        `${report.name}: extraction differs from the original's (replay: ${report.replay})`,
        ...report.notes.map((n) => `  did: ${n}`),
        ...silent.slice(0, 20).map((d) => `  ${formatDifference(d)}`),
        ...(silent.length > 20 ? [`  … and ${silent.length - 20} more`] : []),
      ].join('\n'),
    );
  });
});
