/**
 * The one place that opens Neo4j sessions. Reads go through `executeRead` (so a cluster can route
 * them to followers), writes through `executeWrite`; the database is always named; every transaction
 * has a time-out; sessions close in `finally`; driver errors become the coded errors of ./errors.
 */
import neo4j, { type Driver, type ManagedTransaction, type Result } from 'neo4j-driver';
import type { CypherRegistry } from './cypherRegistry';
import { mapDriverError } from './errors';
import { toDriverParams, toPlain } from './values';

export type Row = Record<string, unknown>;

/** Something that runs named read queries: the executor itself, or one read transaction of it. */
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
   * Runs the named read query and returns its records as plain objects. A read is a managed read
   * transaction (`executeRead` inside `driver.executeQuery` with READ routing), so a cluster routes
   * it to followers and the driver retries a transient failure (briefly: see driver.ts); the
   * database is named and the transaction has the read time-out. `executeQuery` rather than a
   * session's `executeRead` because it pipelines BEGIN with RUN: one network exchange fewer per
   * query (bench/PROFILE.md). No bookmark manager: reads need not wait for one another.
   */
  async read(name: string, params: Row = {}): Promise<Row[]> {
    const query = this.cypher.get(name);
    this.counted(name);
    try {
      return await this.driver.executeQuery(query, params, {
        database: this.options.database,
        routing: neo4j.routing.READ,
        bookmarkManager: null,
        transactionConfig: { timeout: this.options.readTimeoutMs },
        resultTransformer: toPlainRows,
      });
    } catch (error) {
      throw mapDriverError(error, this.options.readTimeoutMs);
    }
  }

  /**
   * Runs `work` in ONE managed read transaction (`executeRead`, the database named, the read
   * time-out): its queries share one connection and one BEGIN/COMMIT instead of one each. For
   * reads that follow one another (the hops of `graph`). Not an isolation guarantee: Neo4j reads
   * are read-committed, so a later query may see a commit made in between. `work` may be run
   * again when the driver retries a transient failure, so it must only read.
   */
  async readTransaction<T>(work: (reader: Reader) => Promise<T>): Promise<T> {
    return this.managed('READ', this.options.readTimeoutMs, (read) => work({ read }));
  }

  /**
   * Runs `work` in one write transaction: everything it does commits together or not at all.
   * `work` gets a runner for named queries.
   */
  writeTransaction<T>(work: (run: (name: string, params?: Row) => Promise<Row[]>) => Promise<T>): Promise<T> {
    return this.managed('WRITE', this.options.writeTimeoutMs ?? 120_000, work);
  }

  private counted(name: string): void {
    this.roundTrips++;
    this.roundTripsByQuery.set(name, (this.roundTripsByQuery.get(name) ?? 0) + 1);
  }

  /** One managed transaction (`executeRead` / `executeWrite`) whose `work` runs named queries in it. */
  private async managed<T>(mode: 'READ' | 'WRITE', timeout: number, work: (run: (name: string, params?: Row) => Promise<Row[]>) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const inTx = (tx: ManagedTransaction) =>
      work((name, params = {}) => {
        this.counted(name);
        // What a write stores keeps its type: whole numbers as Integers.
        return toPlainRows(tx.run(this.cypher.get(name), mode === 'WRITE' ? (toDriverParams(params) as Row) : params));
      });
    try {
      return await (mode === 'READ' ? session.executeRead(inTx, { timeout }) : session.executeWrite(inTx, { timeout }));
    } catch (error) {
      throw mapDriverError(error, timeout);
    } finally {
      await session.close();
    }
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
