/**
 * The review loop end to end on the real Neo4j: a person's decision recorded with `npm run review`,
 * applied by `npm run ingest`, served by the API as a REVIEWED alignment; and an ingest refusing a
 * review that no longer fits its report, leaving the graph as it was.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readServedReports } from '../../loaders/servedReports';
import { projectRoot } from '../../src/config';
import { ingestReport } from '../../src/ingest/ingestReport';
import { StaleReviewError } from '../../src/ingest/reviews/applyReviews';
import { readReviewFile, reviewFilePath, writeReviewFile } from '../../src/ingest/reviews/reviewFile';
import { BUNDLED_REPORT } from '../helpers/reportYears';
import { useApi } from './helpers/api';

jest.setTimeout(180_000);

// Versions read at most every 200 ms: the app sees an ingest's switch at once.
const api = useApi({ versionTtlMs: 200 });
const reviewsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-reviews-'));

/** `npm run review -- …` as a person runs it, with the test's reviews folder. */
function review(...args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/review.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, WLB_REVIEWS_DIR: reviewsDir },
    encoding: 'utf8',
  });
}

const itemsQuery = `query ($id: ID!) { ministry(id: $id) { priorityItems { id title measures { head } alignment { confidence method reviewed doubtful evidence { kind detail weight } } } } }`;

test('review → ingest → the API serves the reviewed alignment', async () => {
  // The listing shows the doubtful alignments side by side; pick a ministry from it.
  const listing = review();
  const doubtful = /^(\S+) \(([a-z-]+)\)$/mu.exec(listing);
  expect(doubtful).not.toBeNull();
  const ministryId = doubtful![2];
  const before = (await api.data(itemsQuery, { id: ministryId })).ministry.priorityItems;
  const target = before.find((p: any) => p.alignment.doubtful);
  expect(target).toBeDefined();
  const localId = target.id.replace(/^\d{4}\//u, '');

  // The person gives the doubtful title the row its rival holds (the last row of the table).
  const rows = [...listing.matchAll(/^ {2}(R\d+) +lines/gmu)].map((m) => m[1]);
  const decisionOut = review('--assign', localId, '--rows', rows[rows.length - 1], '--by', 'test', '--note', 'round trip');
  expect(decisionOut).toMatch(/takes/u);
  const file = reviewFilePath(reviewsDir, BUNDLED_REPORT);
  expect(readReviewFile(file, BUNDLED_REPORT).decisions).toHaveLength(1);

  await ingestReport(api.executor(), BUNDLED_REPORT, { reviewsDir });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const after = (await api.data(itemsQuery, { id: ministryId })).ministry.priorityItems;
  const reviewed = after.find((p: any) => p.title === target.title);
  expect(reviewed.alignment).toMatchObject({ method: 'REVIEWED', reviewed: true, doubtful: false, confidence: 1 });
  expect(reviewed.alignment.evidence[0].kind).toBe('review'); // then what the machine saw for those rows
  expect(reviewed.measures).not.toEqual(target.measures);
});

test('an ingest refuses a review whose title the report no longer has, naming it, and leaves the graph as it was', async () => {
  const file = reviewFilePath(reviewsDir, BUNDLED_REPORT);
  const current = readReviewFile(file, BUNDLED_REPORT);
  const stale = { ...current.decisions[0], titleKey: '000000000000', title: '存在しない重点項目' };
  writeReviewFile(file, { ...current, decisions: [stale] });
  const served = await readServedReports(api.executor());
  const attempt = ingestReport(api.executor(), BUNDLED_REPORT, { reviewsDir });
  await expect(attempt).rejects.toThrow(StaleReviewError);
  await expect(attempt).rejects.toThrow(/the title "存在しない重点項目" \(key 000000000000\), which the report no longer has/u);
  expect(await readServedReports(api.executor())).toEqual(served);
});
