/**
 * Database failures as the API reports them. The driver's errors are mapped here, at the boundary
 * where sessions are opened, so callers see only these codes.
 */
import { Neo4jError } from 'neo4j-driver';

/** Neo4j cannot be reached (down, restarting, network). Retry later. */
export class DatabaseUnavailableError extends Error {
  readonly code = 'SERVICE_UNAVAILABLE';
  constructor(cause: unknown) {
    super(`the graph database is not reachable: ${errorMessage(cause)}`);
    this.name = 'DatabaseUnavailableError';
  }
}

/** A query ran past its transaction time-out. */
export class QueryTimeoutError extends Error {
  readonly code = 'QUERY_TIMEOUT';
  constructor(limitMs: number) {
    super(`the query took longer than its ${limitMs} ms limit and was stopped; narrow it (fewer items, smaller depth)`);
    this.name = 'QueryTimeoutError';
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** The error callers should see for a driver error. */
export function mapDriverError(error: unknown, timeoutMs: number): Error {
  if (error instanceof Neo4jError) {
    // Transient errors (a database shutting down under a query, a terminated transaction, a full
    // memory pool) mean "try again later", not a bug to mask.
    if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.')) return new DatabaseUnavailableError(error);
    if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/u.test(error.code)) return new QueryTimeoutError(timeoutMs);
  }
  if (error instanceof Error && /ECONNREFUSED|ECONNRESET|Connection was closed|Pool is closed|connection acquisition timed out/iu.test(error.message)) {
    return new DatabaseUnavailableError(error);
  }
  return error instanceof Error ? error : new Error(String(error));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}
