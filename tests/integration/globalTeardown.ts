/**
 * Jest global teardown of the `integration` project: stops the local test engine only if
 * globalSetup started it (a reused or external Neo4j is left alone), then releases the run lock.
 */
import { stopLocalNeo4j } from '../../src/db/localNeo4j';
import { releaseRunLock, testDataDir, wasStartedBySetup } from './helpers/testNeo4jEnv';

export default async function globalTeardown(): Promise<void> {
  try {
    if (wasStartedBySetup()) {
      await stopLocalNeo4j({ dataDir: testDataDir, log: (line) => console.log(`[test-neo4j] ${line}`) });
    }
  } finally {
    releaseRunLock(); // no-op when an external TEST_NEO4J_URI was used
  }
}
