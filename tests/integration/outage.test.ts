/**
 * Database outage, end to end: the real API as `npm start` runs it (the compiled server,
 * `node dist/js/src/main.js` after `npm run build`, a child process; it loads the report into the
 * empty engine on its first start) on its own local Neo4j (own port and data folder, started and stopped with scripts/db.ts as
 * `npm run db:start` / `db:stop` do). While Neo4j is down, queries answer SERVICE_UNAVAILABLE within
 * 5 s and /readyz is 503; after `db:start` the API serves again by itself within 60 s, with the
 * same graph. The bounds are the outage contract, asserted as such; the timings are printed.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { freePort } from './helpers/freePort';

jest.setTimeout(300_000);

// wlb-neo4j-* : .ci/run's safety net stops an engine left in such a folder.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-neo4j-outage-'));
let boltPort = 0;
let apiPort = 0;
let api: ChildProcess | undefined;
let apiLog = '';

/**
 * `npm run db:<command>` for this test's engine (scripts/db.ts, as npm runs it). Asynchronous: a
 * blocked event loop would keep fetch's idle sockets past the server's keep-alive time-out.
 */
async function db(command: 'start' | 'stop'): Promise<void> {
  await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'db.ts'), command], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_BOLT_PORT: String(boltPort), NEO4J_DATA_DIR: dataDir },
  });
}

const base = () => `http://127.0.0.1:${apiPort}`;

async function query(q: string): Promise<{ ms: number; status: number; body: any }> {
  const started = Date.now();
  const response = await fetch(`${base()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
  return { status: response.status, body: await response.json(), ms: Date.now() - started };
}

async function readyz(): Promise<{ ms: number; status: number }> {
  const started = Date.now();
  const response = await fetch(`${base()}/readyz`);
  await response.arrayBuffer();
  return { status: response.status, ms: Date.now() - started };
}

/** The distinct error codes of an answer. */
const codesOf = (body: any): string[] => [...new Set<string>((body.errors ?? []).map((e: any) => e.extensions?.code))];

const COUNTS = '{ reports { id fiscalYear } stats { counts } ministriesSharingClause(path: "Ⅱ.3.(1)②") { totalCount edges { node { ministry { id } } } } }';

beforeAll(async () => {
  boltPort = await freePort();
  apiPort = await freePort();
  await db('start');
  // What `npm start` runs: build first (tsc, incremental), then the compiled entry point.
  await promisify(execFile)('npm', ['run', '-s', 'build'], { cwd: projectRoot });
  api = spawn(process.execPath, [path.join(projectRoot, 'dist', 'js', 'src', 'main.js')], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${boltPort}`, PORT: String(apiPort), HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  api.stderr?.on('data', (chunk: Buffer) => (apiLog = (apiLog + chunk.toString()).slice(-8000)));
  // The API loads the report into the empty engine on its first start.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`the API exited (${api.exitCode}) before it was ready:\n${apiLog}`);
    try {
      if ((await readyz()).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the API was not ready within 180 s:\n${apiLog}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

afterAll(async () => {
  if (api && api.exitCode === null) {
    const exited = new Promise((resolve) => api!.once('exit', resolve));
    api.kill('SIGTERM');
    await exited;
  }
  await db('stop');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('Neo4j down: SERVICE_UNAVAILABLE within 5 s, /readyz 503; back by itself within 60 s of db:start, data intact', async () => {
  const before = await query(COUNTS);
  expect(before.body.errors).toBeUndefined();
  expect(before.body.data.ministriesSharingClause.totalCount).toBeGreaterThan(3);
  expect(before.body.data.reports).toEqual([{ id: 'report/2024', fiscalYear: 2024 }]);

  await db('stop');
  const down: number[] = [];
  for (let i = 0; i < 3; i++) {
    const answer = await query(COUNTS);
    expect(answer.status).toBeLessThan(500);
    expect(codesOf(answer.body)).toEqual(['SERVICE_UNAVAILABLE']); // no other code beside it
    expect(answer.ms).toBeLessThan(5_000);
    down.push(answer.ms);
  }
  const ready = await readyz();
  expect(ready.status).toBe(503);
  expect(ready.ms).toBeLessThan(5_000);

  const restarted = Date.now();
  await db('start');
  const engineBackMs = Date.now() - restarted;
  let after: Awaited<ReturnType<typeof query>>;
  for (;;) {
    after = await query(COUNTS);
    if (!after.body.errors) break;
    expect(codesOf(after.body)).toEqual(['SERVICE_UNAVAILABLE']);
    if (Date.now() - restarted > 60_000) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const servingMs = Date.now() - restarted;
  console.log(
    `outage: queries answered SERVICE_UNAVAILABLE in ${down.join(', ')} ms, /readyz 503 in ${ready.ms} ms; ` +
      `db:start took ${engineBackMs} ms, the API served again ${servingMs} ms after db:start began`,
  );
  expect(after.body.errors).toBeUndefined();
  expect(servingMs).toBeLessThan(60_000);
  expect(after.body.data).toEqual(before.body.data);
  expect((await readyz()).status).toBe(200);
});
