/**
 * Ingest against the real Neo4j: the bundled report loads, twice gives the same graph; several
 * fiscal years live side by side and loading one leaves the others untouched; an ingest that fails
 * (bad report) or is killed midway leaves every year served as it was; a replaced version and the
 * leftovers of a killed ingest are removed.
 */
import { spawn } from 'node:child_process';
import type { Driver } from 'neo4j-driver';
import { readServedReports } from '../../loaders/servedReports';
import { projectRoot } from '../../src/config';
import { CypherRegistry } from '../../src/db/cypherRegistry';
import { Executor } from '../../src/db/executor';
import { loadAlignmentKnowledge } from '../../src/ingest/alignment/knowledge';
import { ReportFormatError } from '../../src/ingest/errors';
import { graphCounts, ingestReport } from '../../src/ingest/ingestReport';
import { loadMinistryDirectory } from '../../src/ingest/ministryDirectory';
import { parseReport } from '../../src/ingest/parseReport';
import { readReportFile } from '../../src/ingest/readReport';
import { removeAbandonedVersions } from '../../src/ingest/versions';
import { BUNDLED_REPORT, bundledReportOfYear, tempReport } from '../helpers/reportYears';
import { clearGraph, runCypher, testDriver } from './helpers/neo4j';

jest.setTimeout(240_000);

let driver: Driver;
let executor: Executor;

beforeAll(async () => {
  driver = testDriver();
  executor = new Executor(driver, new CypherRegistry(), { database: 'neo4j', readTimeoutMs: 10_000 });
  await clearGraph(driver);
});
afterAll(() => driver.close());

const cypher = (query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> => runCypher(driver, query, params);

/** Every version that has nodes, with how many. */
async function versionsWithNodes(): Promise<Record<string, number>> {
  const rows = await cypher('MATCH (n) WHERE n.version IS NOT NULL AND NOT (n:Report OR n:Migration OR n:VersionMark) RETURN n.version AS v, count(*) AS n ORDER BY v');
  return Object.fromEntries(rows.map((r) => [String(r.v), Number(r.n)]));
}

/** What each loaded year serves: version, loadedAt, and its node and edge counts. */
async function servedState(): Promise<Record<number, { version: string; loadedAt: string; counts: unknown }>> {
  const { reports } = await readServedReports(executor);
  const state: Record<number, { version: string; loadedAt: string; counts: unknown }> = {};
  for (const r of reports) state[r.fiscalYear] = { version: r.version, loadedAt: r.loadedAt, counts: await graphCounts(executor, [r.version]) };
  return state;
}

const ids = async (version: string): Promise<string[]> =>
  (await cypher('MATCH (n) WHERE (n:PriorityItem OR n:Measure) AND n.version = $version RETURN n.id AS id ORDER BY id', { version })).map((r) => String(r.id));

test('the bundled report loads as fiscal year 2024, and loading it twice gives the same graph under the same ids', async () => {
  const records = parseReport(readReportFile(BUNDLED_REPORT), { directory: loadMinistryDirectory(), source: 'r6', knowledge: await loadAlignmentKnowledge() });
  const items = records.ministries.flatMap((m) => m.priorityItems);
  const measures = items.flatMap((p) => p.measures);
  const first = await ingestReport(executor, BUNDLED_REPORT);
  expect(first.fiscalYear).toBe(2024);
  expect(first.replacedVersion).toBeNull();
  expect(first.counts.nodes.Report).toBe(1);
  expect(first.counts.nodes.Ministry).toBe(27);
  expect(first.counts.nodes.PriorityItem).toBe(items.length);
  expect(first.counts.nodes.Measure).toBe(measures.length);
  expect(first.counts.edges.HAS_MEASURE).toBe(measures.length);
  expect(first.counts.edges.UNDER_CLAUSE).toBe(measures.reduce((n, x) => n + x.clauseRefs.length + x.planRefs.length, 0));
  expect(first.counts.edges.HAS_CHILD).toBe(records.guideline.filter((c) => c.parentPath !== null).length);
  const firstIds = await ids(first.version);
  expect(firstIds).toContain('2024/cabinet-office/p4/m2');

  const second = await ingestReport(executor, BUNDLED_REPORT);
  expect(second.replacedVersion).toBe(first.version);
  expect(second.version).not.toBe(first.version);
  expect(second.counts).toEqual(first.counts);
  expect(await ids(second.version)).toEqual(firstIds);
  // The replaced version is gone: only the served one has nodes.
  expect(Object.keys(await versionsWithNodes())).toEqual([second.version]);
  console.log(`ingest: ${second.elapsedMs} ms (write ${second.timings.writeMs} ms, switch ${second.timings.switchMs} ms, removal ${second.timings.retireMs} ms); nodes ${JSON.stringify(second.counts.nodes)}; edges ${JSON.stringify(second.counts.edges)}`);
});

test('a malformed report is refused before the graph is touched', async () => {
  const before = await servedState();
  await expect(ingestReport(executor, tempReport('議事録\n本日の会議は以上です。\n', 'minutes.txt'))).rejects.toThrow(ReportFormatError);
  expect(await servedState()).toEqual(before);
});

test('two fiscal years live side by side; loading one again leaves the other untouched', async () => {
  const r7 = tempReport(bundledReportOfYear(7), 'r7.txt');
  const y2025 = await ingestReport(executor, r7);
  expect(y2025.fiscalYear).toBe(2025);
  const both = await servedState();
  expect(Object.keys(both).map(Number).sort()).toEqual([2024, 2025]);
  expect(await ids(y2025.version)).toContain('2025/cabinet-office/p4/m2');

  const again = await ingestReport(executor, BUNDLED_REPORT);
  const after = await servedState();
  expect(after[2025]).toEqual(both[2025]); // same version, same loadedAt, same counts
  expect(after[2024].version).toBe(again.version);
  expect(after[2024].counts).toEqual(both[2024].counts);

  const r7again = await ingestReport(executor, r7);
  expect((await servedState())[2024]).toEqual(after[2024]);
  expect(r7again.counts).toEqual(y2025.counts);
});

test('an ingest of a third year killed midway leaves both years served as they were; its leftovers are removed later', async () => {
  const before = await servedState();
  expect(Object.keys(before)).toHaveLength(2);
  const r8 = tempReport(bundledReportOfYear(8), 'r8.txt');

  // The real CLI, slowed down between its batches, killed once it has staged a few of them.
  // `node --import tsx` runs it in this very process (the tsx CLI would run it in a grandchild that
  // survives the SIGKILL and finishes the ingest later, under the next test's feet).
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', r8], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI, INGEST_BATCH_DELAY_MS: '300', INGEST_BATCH_SIZE: '20' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the ingest never got midway:\n${stderr}`)), 90_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('stagePriorityItems')) {
        clearTimeout(timer);
        child.kill('SIGKILL');
        resolve();
      }
    });
  });
  await new Promise((resolve) => child.once('exit', resolve));

  expect(await servedState()).toEqual(before);
  const staged = Object.keys(await versionsWithNodes()).filter((v) => v.startsWith('fy2026'));
  expect(staged).toHaveLength(1); // what the killed ingest wrote, never served

  // The next ingest removes what a dead ingest left (here without waiting for its mark to go stale).
  expect(await removeAbandonedVersions(executor, { graceMs: 0, staleMs: 0 })).toEqual(staged);
  expect(Object.keys(await versionsWithNodes()).sort()).toEqual([before[2024].version, before[2025].version].sort());
  expect(await servedState()).toEqual(before);
});
