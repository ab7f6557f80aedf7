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
import { readReportFile } from '../../../src/ingest/readReport';
import { canonicalView, diffCanonical, expectedView, flaggedInReview, formatDifference, type CanonicalView } from '../../metamorphic/canonical';
import { loadExtractor, type Extract } from '../../metamorphic/extractor';
import { generateReports, loadOriginal, type GeneratedReport, type Original } from '../../metamorphic/generate';
import { renderReport } from '../../metamorphic/reportModel';
import { TRANSFORM_KINDS } from '../../metamorphic/transforms';

/** Per kind, its reports alone; then the compositions. */
const GROUPS = [...TRANSFORM_KINDS.map((k) => `${k} alone`), 'compositions of 2–4 kinds'];

const text = readReportFile(path.join(projectRoot, 'data', 'wlb-followup-r6.txt'));
let extract: Extract;
let original: Original;
let base: CanonicalView;
let reports: GeneratedReport[];
const outcome = { equal: 0, flagged: [] as string[], failed: [] as string[] };

beforeAll(async () => {
  extract = await loadExtractor();
  original = loadOriginal(text, extract(text, 'wlb-followup-r6.txt'));
  base = canonicalView(original.records);
  reports = generateReports(original, { seed: 1, singles: 8, compositions: 90 });
});

afterAll(() => {
  console.log(
    `metamorphic: ${reports.length} transformed reports, ${outcome.equal} extract equal to the original, ` +
      `${outcome.flagged.length} differ only where the review list says so (a removed ministry's quotes), ${outcome.failed.length} fail` +
      (outcome.flagged.length > 0 ? `\n  flagged: ${outcome.flagged.join(', ')}` : '') +
      (outcome.failed.length > 0 ? `\n  failed: ${outcome.failed.join(', ')}` : ''),
  );
});

describe('metamorphic robustness of extraction', () => {
  test('the model renders the original back byte for byte', () => {
    expect(renderReport(original.model)).toBe(text);
  });

  test('at least 200 transformed reports, every transform kind alone and in compositions', () => {
    expect(reports.length).toBeGreaterThanOrEqual(200);
    expect(new Set(reports.filter((r) => !r.composed).map((r) => r.kinds[0]))).toEqual(new Set(TRANSFORM_KINDS));
    expect(reports.filter((r) => r.composed).length).toBeGreaterThanOrEqual(80);
  });

  test.each(GROUPS)('%s: each extracts as the original', (group) => {
    const mine = reports.filter((r) => (r.composed ? group.startsWith('compositions') : group === `${r.kinds[0]} alone`));
    expect(mine.length).toBeGreaterThan(0);
    const failures = mine.flatMap(check);
    if (failures.length > 0) throw new Error(`${failures.length} of ${mine.length} reports differ from the original:\n${failures.join('\n')}`);
  }, 120_000);
});

/** Extracts one report and compares it; the failure message, or nothing. */
function check(report: GeneratedReport): string[] {
  const records = extract(report.text, `${report.name}.txt`);
  const differences = diffCanonical(expectedView(base, report.expect.removed, report.expect.fiscalYear), canonicalView(records));
  const silent = differences.filter((d) => !(report.kinds.includes('removeMinistry') && flaggedInReview(d, differences, records.review)));
  if (silent.length === 0) {
    if (differences.length > 0) outcome.flagged.push(report.name);
    else outcome.equal++;
    return [];
  }
  outcome.failed.push(report.name);
  return [
    [
      `${report.name}: extraction differs from the original's (replay: ${report.replay})`,
      ...report.notes.map((n) => `  did: ${n}`),
      ...silent.slice(0, 20).map((d) => `  ${formatDifference(d)}`),
      ...(silent.length > 20 ? [`  … and ${silent.length - 20} more`] : []),
    ].join('\n'),
  ];
}
