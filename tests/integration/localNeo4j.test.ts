/**
 * The local engine manager against a real Neo4j, on a port of its own (free when the test starts,
 * so neither the app's 7687, the shared test engine's nor another test run's) and a throw-away
 * data folder.
 * One start → start → stop → start → stop cycle to stay fast (~20 s on 2 cores).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Session } from 'neo4j-driver';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../src/db/localNeo4j';
import { freePort } from './helpers/freePort';

jest.setTimeout(180_000);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-neo4j-'));
let opts = { boltPort: 0, dataDir, heap: '512m', pageCache: '64m' };

beforeAll(async () => {
  opts = { ...opts, boltPort: await freePort() };
});

/** Running, i.e. exists and is not a zombie (this process spawned it; Node reaps it a moment later). */
function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function withSession<T>(uri: string, work: (s: Session) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'password'));
  const session = driver.session();
  try {
    return await work(session);
  } finally {
    await session.close();
    await driver.close();
  }
}

afterAll(async () => {
  await stopLocalNeo4j(opts); // safety net if an assertion failed mid-way
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('one instance per data folder; data survive a restart; status and stop', async () => {
  expect(await localNeo4jStatus(opts)).toEqual({ running: false, boltUri: `bolt://127.0.0.1:${opts.boltPort}`, dataDir });

  const first = await startLocalNeo4j(opts);
  expect(first.alreadyRunning).toBe(false);
  const second = await startLocalNeo4j(opts);
  expect(second).toMatchObject({ alreadyRunning: true, pid: first.pid, boltUri: first.boltUri });
  expect(await localNeo4jStatus(opts)).toEqual({ running: true, pid: first.pid, boltUri: first.boltUri, dataDir });

  await withSession(first.boltUri, (s) => s.run("CREATE (:Probe {name: 'survivor'})"));

  expect(await stopLocalNeo4j(opts)).toBe(true);
  expect(alive(first.pid)).toBe(false);
  expect(fs.existsSync(path.join(dataDir, 'neo4j.pid'))).toBe(false);
  expect((await localNeo4jStatus(opts)).running).toBe(false);

  const again = await startLocalNeo4j(opts);
  expect(again.alreadyRunning).toBe(false);
  expect(again.pid).not.toBe(first.pid);
  const names = await withSession(again.boltUri, async (s) => {
    const r = await s.run('MATCH (p:Probe) RETURN p.name AS name');
    return r.records.map((rec) => rec.get('name'));
  });
  expect(names).toEqual(['survivor']);

  expect(await stopLocalNeo4j(opts)).toBe(true);
  expect(alive(again.pid)).toBe(false);
  expect(await stopLocalNeo4j(opts)).toBe(false);
});
