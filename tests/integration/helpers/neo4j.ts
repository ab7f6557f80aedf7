/**
 * Driver access for integration test files. The database is the one globalSetup provided.
 */
import neo4j, { type Driver } from 'neo4j-driver';

/**
 * A new driver for process.env.TEST_NEO4J_URI (set by globalSetup). Credentials neo4j/password:
 * the local auth-disabled engine ignores them; a Docker Neo4j is expected to use them.
 * The caller closes it (afterAll(() => driver.close())). Throws if no test database is configured.
 */
export function testDriver(): Driver {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) {
    throw new Error('TEST_NEO4J_URI is not set: run integration tests through jest (globalSetup sets it)');
  }
  return neo4j.driver(uri, neo4j.auth.basic('neo4j', 'password'));
}

/**
 * Empties the graph (every report of every year, versions in flight, their marks), keeping the
 * schema and the record of migrations, so a test file starts from the state it then builds.
 */
export async function clearGraph(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) WHERE NOT n:Migration CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS');
  } finally {
    await session.close();
  }
}

/** Runs raw Cypher in its own session (for a test's own checks and set-up) and returns plain records. */
export async function runCypher(driver: Driver, query: string, params: Record<string, unknown> = {}): Promise<Record<string, any>[]> {
  const session = driver.session();
  try {
    return (await session.run(query, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}
