/**
 * The integration tests' own Neo4j: where it lives (never the developer's NEO4J_* / .neo4j/) and
 * whether globalSetup started it. Used by globalSetup and globalTeardown only; .ci/run's safety
 * net uses the same defaults. Test harness only: src/config.ts stays the reader of app settings.
 */
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
