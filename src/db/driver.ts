/** Creates the Neo4j driver from the configuration. */
import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverSettings {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

/** How long a failed read or transaction is retried when the error is transient (a leader switch, a restart). */
export const RETRY_WITHIN_MS = 2_000;

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
    maxTransactionRetryTime: RETRY_WITHIN_MS,
    disableLosslessIntegers: false,
  });
}
