/**
 * Jest global teardown of the `integration` project: stops the local test engine only if
 * globalSetup started it (a reused or external Neo4j is left alone).
 */
import { stopLocalNeo4j } from '../../src/db/localNeo4j';
import { testDataDir, wasStartedBySetup } from './helpers/testNeo4jEnv';

export default async function globalTeardown(): Promise<void> {
  if (!wasStartedBySetup()) return;
  await stopLocalNeo4j({ dataDir: testDataDir, log: (line) => console.log(`[test-neo4j] ${line}`) });
}
