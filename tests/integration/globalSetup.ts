/**
 * Jest global setup of the `integration` project: makes a Neo4j available to the test files as
 * process.env.TEST_NEO4J_URI (workers inherit this process's environment).
 * - TEST_NEO4J_URI already set (e.g. a Docker Neo4j): use it, start nothing.
 * - otherwise start — or reuse, if one is already up — the local engine on the tests' own port
 *   (TEST_NEO4J_BOLT_PORT, default 7697) and folder (.neo4j-test/). The first start builds the
 *   launcher with Maven. Test files clear and seed the database themselves, so concurrent jest
 *   runs of this checkout wait for each other (run lock, see helpers/testNeo4jEnv.ts).
 */
import { startLocalNeo4j } from '../../src/db/localNeo4j';
import { acquireRunLock, markStartedBySetup, releaseRunLock, testBoltPort, testDataDir } from './helpers/testNeo4jEnv';

export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_NEO4J_URI) {
    console.log(`\n[test-neo4j] using external TEST_NEO4J_URI=${process.env.TEST_NEO4J_URI}`);
    return;
  }
  const log = (line: string) => console.log(`[test-neo4j] ${line}`);
  await acquireRunLock(log); // released by globalTeardown, or below if the start fails
  try {
    const started = await startLocalNeo4j({
      boltPort: testBoltPort(),
      dataDir: testDataDir,
      heap: '1g',
      pageCache: '256m',
      log,
    });
    process.env.TEST_NEO4J_URI = started.boltUri;
    if (!started.alreadyRunning) markStartedBySetup();
  } catch (e) {
    releaseRunLock(); // jest skips globalTeardown when globalSetup throws
    throw e;
  }
}
