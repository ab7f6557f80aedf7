/**
 * The one place that opens Neo4j sessions. Reads run in READ sessions (so a cluster can route them
 * to followers), writes through `executeWrite`; the database is always named; every transaction
 * has a time-out; sessions close in `finally`; driver errors become the coded errors of ./errors.
 */
import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type Result } from 'neo4j-driver';
import { RETRY_WITHIN_MS } from './driver';
import type { CypherRegistry } from './cypherRegistry';
import { mapDriverError } from './errors';
import { toDriverParams, toPlain } from './values';

export type Row = Record<string, unknown>;

/** Something that runs named read queries (the executor). */
export interface Reader {
  read(name: string, params?: Row): Promise<Row[]>;
}

export interface ExecutorOptions {
  readonly database: string;
  /** Transaction time-out for reads. */
  readonly readTimeoutMs: number;
  /** Transaction time-out for writes (ingest runs larger transactions). */
  readonly writeTimeoutMs?: number;
}

export class Executor implements Reader {
  /** Round trips made so far (one per query run): tests and the bench read it to prove batching. */
  roundTrips = 0;
  /** The same, by query name (`read/measurePages`): tests tell one kind of read from another. */
  readonly roundTripsByQuery = new Map<string, number>();

  constructor(
    private readonly driver: Driver,
    readonly cypher: CypherRegistry,
    private readonly options: ExecutorOptions,
  ) {}

  /**
   * Runs the named read query and returns its records as plain objects. A read is one auto-commit
   * query in a READ session (a cluster routes it to a follower), the database named, with the read
   * time-out: RUN and PULL in one exchange, where a managed transaction (`executeQuery`) adds BEGIN
   * and COMMIT — measured, twice the driver's CPU per query and 60 % more queries per second with
   * auto-commit (bench/PROFILE.md §7). A managed transaction's other gift, retrying a transient
   * failure, is kept here: a retriable error is retried with back-off for up to RETRY_WITHIN_MS, as
   * the driver does for transactions. No bookmarks: reads need not wait for one another.
   */
  async read(name: string, params: Row = {}): Promise<Row[]> {
    const query = this.cypher.get(name);
    this.counted(name);
    const started = Date.now();
    for (let wait = 100; ; wait *= 2) {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
      try {
        return await toPlainRows(session.run(query, params, { timeout: this.options.readTimeoutMs }));
      } catch (error) {
        if (!isRetryableError(error) || Date.now() - started + wait > RETRY_WITHIN_MS) throw mapDriverError(error, this.options.readTimeoutMs);
      } finally {
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /**
   * Runs `work` in one write transaction (`executeWrite`, retried by the driver when transient):
   * everything it does commits together or not at all. `work` gets a runner for named queries.
   */
  async writeTransaction<T>(work: (run: (name: string, params?: Row) => Promise<Row[]>) => Promise<T>): Promise<T> {
    const timeout = this.options.writeTimeoutMs ?? 120_000;
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    const inTx = (tx: ManagedTransaction) =>
      work((name, params = {}) => {
        this.counted(name);
        // What a write stores keeps its type: whole numbers as Integers.
        return toPlainRows(tx.run(this.cypher.get(name), toDriverParams(params) as Row));
      });
    try {
      return await session.executeWrite(inTx, { timeout });
    } catch (error) {
      throw mapDriverError(error, timeout);
    } finally {
      await session.close();
    }
  }

  private counted(name: string): void {
    this.roundTrips++;
    this.roundTripsByQuery.set(name, (this.roundTripsByQuery.get(name) ?? 0) + 1);
  }

  /** Runs one auto-commit statement (schema changes cannot share a transaction with data). */
  async runSchema(statement: string): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'WRITE' });
    this.roundTrips++;
    try {
      await session.run(statement);
    } catch (error) {
      throw mapDriverError(error, 0);
    } finally {
      await session.close();
    }
  }
}

/** Every record of a result as a plain object (see ./values); also executeQuery's result transformer. */
async function toPlainRows(result: Result): Promise<Row[]> {
  const { records } = await result;
  return records.map((record) => toPlain(record.toObject()) as Row);
}
