/** Creates the Neo4j driver from the configuration. */
import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverSettings {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

/**
 * A driver with bounded waits: a database that went away fails requests in seconds (connection
 * time-out, acquisition time-out) instead of hanging them; the pool reconnects by itself when it
 * comes back.
 */
export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 4_000,
    maxConnectionPoolSize: 50,
    maxTransactionRetryTime: 2_000,
    disableLosslessIntegers: false,
  });
}
