/**
 * The integration tests' own Neo4j: where it lives (never the developer's NEO4J_* / .neo4j/),
 * whether globalSetup started it, and the lock that lets only one jest run use it at a time. Used by globalSetup and globalTeardown only; .ci/run's safety
 * net uses the same defaults. Test harness only: src/config.ts stays the reader of app settings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/config';

/** TEST_NEO4J_BOLT_PORT, default 7697. Throws on a malformed value, naming the variable. */
export function testBoltPort(): number {
  const raw = process.env.TEST_NEO4J_BOLT_PORT;
  if (raw === undefined || raw === '') return 7697;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > 65535) {
    throw new Error(`TEST_NEO4J_BOLT_PORT must be a TCP port from 1 to 65535; got ${JSON.stringify(raw)}`);
  }
  return n;
}

/** Data folder of the test engine: <repo>/.neo4j-test (git-ignored). */
export const testDataDir = path.join(projectRoot, '.neo4j-test');

// Setup and teardown run in one process but may load modules separately: keep the flag global.
const KEY = Symbol.for('wlb-graph.testNeo4jStartedBySetup');
type Holder = { [KEY]?: boolean };

/** Called by globalSetup when it started (not reused) the engine. */
export function markStartedBySetup(): void {
  (globalThis as Holder)[KEY] = true;
}

/** True if this jest run's globalSetup started the engine, so teardown should stop it. */
export function wasStartedBySetup(): boolean {
  return (globalThis as Holder)[KEY] === true;
}

/*
 * One integration run at a time per test database: test files clear and seed it, so two jest runs
 * sharing it would corrupt each other's results, and the one that started the engine would stop
 * it under the other. A lock file in the data folder holding the jest process's pid serializes
 * runs; a lock whose process is gone (jest killed) is taken over.
 */
const lockFile = path.join(testDataDir, 'jest-run.lock');
const LOCK_WAIT_MS = 15 * 60_000;

/** Waits (up to 15 min, logging once) until this process holds the test database's run lock. */
export async function acquireRunLock(log: (line: string) => void): Promise<void> {
  fs.mkdirSync(testDataDir, { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = lockOwner();
    if (owner === 'gone') {
      fs.rmSync(lockFile, { force: true });
      continue;
    }
    if (!told) log(`waiting for another jest run (pid ${owner}) to finish with the test Neo4j (${lockFile})…`);
    told = true;
    if (Date.now() > deadline) {
      throw new Error(
        `Another jest run (pid ${owner}) has held ${lockFile} for ${LOCK_WAIT_MS / 60_000} min. ` +
          `Wait for it, or delete the file if that process is not a jest run.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Releases the run lock if this process holds it. */
export function releaseRunLock(): void {
  if (lockOwner() === process.pid) fs.rmSync(lockFile, { force: true });
}

/** Pid holding the lock, or 'gone' when its process is dead (or the file vanished/is junk). */
function lockOwner(): number | 'gone' {
  let text: string;
  let ageMs: number;
  try {
    text = fs.readFileSync(lockFile, 'utf8').trim();
    ageMs = Date.now() - fs.statSync(lockFile).mtimeMs;
  } catch {
    return 'gone';
  }
  const pid = Number(text);
  // Empty right after another process created it: give it a moment before calling it junk.
  if (!/^\d+$/.test(text)) return ageMs > 5000 ? 'gone' : 0;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? pid : 'gone';
  }
}
