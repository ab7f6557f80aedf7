/**
 * The review loop without a database: decisions on the bundled report recorded by content keys,
 * applied by the extraction (method REVIEWED), conflicts refused, and a review that no longer fits
 * the report refused with a message naming it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractReport } from '../../../src/ingest/extractReport';
import type { LoadedKnowledge } from '../../../src/ingest/alignment/knowledge';
import { loadAlignmentKnowledge } from '../../../src/ingest/alignment/knowledge';
import { decide, findTitle, ReviewChoiceError, StaleReviewError, withDecision } from '../../../src/ingest/reviews/applyReviews';
import { readReviewFile, ReviewFileError, reviewFilePath, writeReviewFile, type ReviewFile } from '../../../src/ingest/reviews/reviewFile';
import { reviewTables, type ReviewTable } from '../../../src/ingest/reviews/reviewTables';
import { DOUBTFUL_CONFIDENCE } from '../../../src/model/alignment';
import { BUNDLED_REPORT, tempReport } from '../../helpers/reportYears';

jest.setTimeout(60_000);

let knowledge: LoadedKnowledge;
let tables: ReviewTable[];
const at = new Date('2026-12-03T00:00:00Z');

beforeAll(async () => {
  knowledge = await loadAlignmentKnowledge();
  tables = reviewTables((await extractReport(BUNDLED_REPORT, { reviewsDir: null, knowledge })).records, false);
});

/** A fresh reviews folder holding `review` for the bundled report. */
function reviewsDirWith(review: ReviewFile): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-reviews-'));
  writeReviewFile(reviewFilePath(dir, BUNDLED_REPORT), review);
  return dir;
}

/** A ministry with at least two titles and two rows, its first title, and a row the machine did not give it. */
function someReassignment(): { table: ReviewTable; titleKey: string; otherRow: string } {
  const table = tables.find((t) => t.titles.length >= 2 && t.rows.length >= 2 && t.titles.every((x) => x.rows.length === 1))!;
  const title = table.titles[0];
  return { table, titleKey: title.key, otherRow: table.rows.find((r) => !title.rows.includes(r.label))!.label };
}

test('the doubtful tables hold exactly the ministries with an alignment under the threshold', async () => {
  const { records } = await extractReport(BUNDLED_REPORT, { reviewsDir: null, knowledge });
  const doubtful = new Set(
    records.ministries.filter((m) => m.priorityItems.some((p) => p.alignment.confidence < DOUBTFUL_CONFIDENCE)).map((m) => m.ministryId),
  );
  expect(reviewTables(records, true).map((t) => t.ministryId).sort()).toEqual([...doubtful].sort());
});

test('a decision is keyed by content, applied as REVIEWED, and the rest is aligned around it', async () => {
  const { table, titleKey, otherRow } = someReassignment();
  const decision = decide(table, titleKey, [otherRow], { by: 'tester', note: null, at });
  expect(decision).toMatchObject({ ministryId: table.ministryId, titleKey, keptMachineRows: false, decidedAt: '2026-12-03', by: 'tester' });
  expect(decision.rows.map((r) => r.key)).toEqual([table.rows.find((r) => r.label === otherRow)!.key]);

  const dir = reviewsDirWith(withDecision({ report: 'wlb-followup-r6.txt', decisions: [] }, decision));
  const { records } = await extractReport(BUNDLED_REPORT, { reviewsDir: dir, knowledge });
  const items = records.ministries.find((m) => m.ministryId === table.ministryId)!.priorityItems;
  const reviewed = items.find((p) => p.alignment.titleKey === titleKey)!;
  expect(reviewed.alignment).toMatchObject({ method: 'REVIEWED', confidence: 1, rowKeys: decision.rows.map((r) => r.key) });
  expect(reviewed.alignment.evidence.map((e) => e.kind)).toContain('review');
  // Every row still belongs to exactly one item: the one the machine gave the reviewed row lost it.
  expect(items.flatMap((p) => p.alignment.rowKeys).sort()).toEqual(table.rows.map((r) => r.key).sort());
  // The machine's own reading is unchanged by the file.
  const machine = (await extractReport(BUNDLED_REPORT, { reviewsDir: null, knowledge })).records;
  expect(machine.ministries.find((m) => m.ministryId === table.ministryId)!.priorityItems.every((p) => p.alignment.method === 'MACHINE')).toBe(true);
});

test('accepting keeps the machine rows; giving a row another decision holds is refused, naming that decision', () => {
  const { table, titleKey, otherRow } = someReassignment();
  const accepted = decide(table, titleKey, null, { by: null, note: null, at });
  expect(accepted.keptMachineRows).toBe(true);
  const holder = table.titles.find((t) => t.rows.includes(otherRow))!;
  const file = withDecision({ report: 'r', decisions: [] }, decide(table, holder.key, null, { by: null, note: null, at }));
  expect(() => withDecision(file, decide(table, titleKey, [otherRow], { by: null, note: null, at }))).toThrow(ReviewChoiceError);
  expect(() => withDecision(file, decide(table, titleKey, [otherRow], { by: null, note: null, at }))).toThrow(new RegExp(`already given to "${holder.text.slice(0, 8)}`, 'u'));
  expect(() => decide(table, titleKey, ['R99'], { by: null, note: null, at })).toThrow(/has no row R99; its rows: R1/u);
  expect(() => findTitle(tables, 'no-such/p1')).toThrow(ReviewChoiceError);
});

test('a review whose row the report no longer has is refused, naming the title and the row', async () => {
  const { table, titleKey } = someReassignment();
  const decision = decide(table, titleKey, null, { by: null, note: null, at });
  const dir = reviewsDirWith({ report: 'wlb-followup-r6.txt', decisions: [decision] });
  // The same report with the reviewed row's first measure line reworded: the row's content key changes.
  const row = table.rows.find((r) => r.key === decision.rows[0].key)!;
  const [start] = row.lines.split('–').map(Number);
  const lines = fs.readFileSync(BUNDLED_REPORT, 'utf8').split('\n');
  const first = lines.findIndex((l, i) => i >= start - 1 && /[^\s【】継続新規・○]/u.test(l.replace(/【[^】]*】/u, '')));
  lines[first] = `${lines[first]}（改）`;
  const changed = tempReport(lines.join('\n'), 'wlb-followup-r6.txt');
  fs.copyFileSync(reviewFilePath(dir, BUNDLED_REPORT), reviewFilePath(dir, changed));
  const attempt = extractReport(changed, { reviewsDir: dir, knowledge });
  await expect(attempt).rejects.toThrow(StaleReviewError);
  await expect(attempt).rejects.toThrow(new RegExp(`review of ${table.ministryId} gives "${decision.title.slice(0, 10)}.*rows the report no longer has: ${decision.rows[0].key}`, 'u'));
});

test('a malformed review file is refused with its name and what is wrong', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-reviews-'));
  const file = reviewFilePath(dir, BUNDLED_REPORT);
  fs.writeFileSync(file, '{"decisions": [{"ministryId": "x"}]}');
  expect(() => readReviewFile(file, BUNDLED_REPORT)).toThrow(ReviewFileError);
  expect(() => readReviewFile(file, BUNDLED_REPORT)).toThrow(/decisions\[0\]\.titleKey must be a non-empty string/u);
  expect(readReviewFile(path.join(dir, 'none.json'), BUNDLED_REPORT).decisions).toEqual([]);
});
