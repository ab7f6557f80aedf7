/**
 * Opens the graph database the configuration names: an external Neo4j (NEO4J_URI), or — when
 * NEO4J_URI is unset — the local engine, started here if it is not running and stopped on `close()`
 * only if this call started it.
 */
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { CypherRegistry } from './cypherRegistry';
import { createDriver } from './driver';
import { Executor } from './executor';
import { startLocalNeo4j, stopLocalNeo4j } from './localNeo4j';

export interface Database {
  readonly driver: Driver;
  readonly executor: Executor;
  readonly uri: string;
  /** Closes the driver, and stops the local engine if this process started it. */
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: (line: string) => void = () => undefined): Promise<Database> {
  let uri = config.neo4jUri;
  let startedLocal = false;
  const localOptions = {
    boltPort: config.neo4jBoltPort,
    dataDir: config.neo4jDataDir,
    heap: config.neo4jHeap,
    pageCache: config.neo4jPageCache,
    log: (line: string) => log(`[neo4j] ${line}`),
  };
  if (uri === undefined) {
    const started = await startLocalNeo4j(localOptions);
    uri = started.boltUri;
    startedLocal = !started.alreadyRunning;
  }
  const driver = createDriver({ uri, user: config.neo4jUser, password: config.neo4jPassword });
  const executor = new Executor(driver, new CypherRegistry(), {
    database: config.neo4jDatabase,
    readTimeoutMs: config.queryTimeoutMs,
  });
  return {
    driver,
    executor,
    uri,
    async close() {
      await driver.close();
      if (startedLocal) await stopLocalNeo4j(localOptions);
    },
  };
}
