/**
 * Ingest against the real Neo4j: the bundled report loads, twice gives identical counts, and an
 * ingest that fails (bad report) or is killed midway leaves the previous graph as it was.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../../src/config';
import { CypherRegistry } from '../../src/db/cypherRegistry';
import { Executor } from '../../src/db/executor';
import { loadAlignmentKnowledge } from '../../src/ingest/alignment/knowledge';
import { ReportFormatError } from '../../src/ingest/errors';
import { graphCounts, ingestReport } from '../../src/ingest/ingestReport';
import { loadMinistryDirectory } from '../../src/ingest/ministryDirectory';
import { parseReport } from '../../src/ingest/parseReport';
import { readReportFile } from '../../src/ingest/readReport';
import { testDriver } from './helpers/neo4j';

jest.setTimeout(180_000);

const REPORT = path.join(projectRoot, 'data', 'wlb-followup-r6.txt');
let driver: Driver;
let executor: Executor;

beforeAll(() => {
  driver = testDriver();
  executor = new Executor(driver, new CypherRegistry(), { database: 'neo4j', readTimeoutMs: 10_000 });
});
afterAll(() => driver.close());

async function loadedAt(): Promise<string> {
  const session = driver.session();
  try {
    const result = await session.run('MATCH (r:Report) RETURN toString(r.loadedAt) AS at');
    return result.records[0]?.get('at') as string;
  } finally {
    await session.close();
  }
}

test('the bundled report loads, and loading it twice gives identical counts', async () => {
  const records = parseReport(readReportFile(REPORT), { directory: loadMinistryDirectory(), source: 'r6', knowledge: await loadAlignmentKnowledge() });
  const items = records.ministries.flatMap((m) => m.priorityItems);
  const measures = items.flatMap((p) => p.measures);
  const first = await ingestReport(executor, REPORT);
  expect(first.counts.nodes.Report).toBe(1);
  expect(first.counts.nodes.Ministry).toBe(27);
  expect(first.counts.nodes.PriorityItem).toBe(items.length);
  expect(first.counts.nodes.Measure).toBe(measures.length);
  expect(first.counts.edges.HAS_MEASURE).toBe(measures.length);
  expect(first.counts.edges.UNDER_CLAUSE).toBe(measures.reduce((n, x) => n + x.clauseRefs.length + x.planRefs.length, 0));
  expect(first.counts.edges.HAS_CHILD).toBe(records.guideline.filter((c) => c.parentPath !== null).length);
  const second = await ingestReport(executor, REPORT);
  expect(second.counts).toEqual(first.counts);
  console.log(`ingest: ${second.elapsedMs} ms; nodes ${JSON.stringify(second.counts.nodes)}; edges ${JSON.stringify(second.counts.edges)}`);
});

test('a malformed report is refused before the graph is touched', async () => {
  const before = await graphCounts(executor);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-')), 'minutes.txt');
  fs.writeFileSync(file, '議事録\n本日の会議は以上です。\n');
  await expect(ingestReport(executor, file)).rejects.toThrow(ReportFormatError);
  expect(await graphCounts(executor)).toEqual(before);
});

test('an ingest killed midway leaves the previous graph intact', async () => {
  await ingestReport(executor, REPORT);
  const before = await graphCounts(executor);
  const stamp = await loadedAt();

  // The real CLI, slowed down inside its transaction, killed once it has written a few batches.
  // `node --import tsx` runs it in this very process (the tsx CLI would run it in a grandchild that
  // survives the SIGKILL and finishes the ingest later, under the next test's feet).
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts'], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI, INGEST_BATCH_DELAY_MS: '1500' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the ingest never got midway:\n${stderr}`)), 60_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('upsertPriorityItems')) {
        clearTimeout(timer);
        child.kill('SIGKILL');
        resolve();
      }
    });
  });
  await new Promise((resolve) => child.once('exit', resolve));

  expect(await graphCounts(executor)).toEqual(before);
  expect(await loadedAt()).toBe(stamp);
});
