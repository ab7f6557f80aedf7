/**
 * Versioned schema migrations: `cypher/schema/NNN_name.cypher`, applied in version order, each
 * recorded as a (:Migration {version}) node. Every statement is written to be safe to run twice
 * (IF NOT EXISTS), so a migration interrupted between statements is simply run again.
 */
import { statements } from '../db/cypherRegistry';
import { DatabaseUnavailableError } from '../db/errors';
import type { Executor } from '../db/executor';

/** A migration statement the database refused: which migration, which statement, and what to do. */
export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    statement: string,
    cause: Error,
    noneRecorded: boolean,
  ) {
    super(
      `migration ${migration} failed on \`${statement.replace(/\s+/gu, ' ').slice(0, 120)}\`: ${cause.message.trim().replace(/\.$/u, '')}` +
        // Deleting every node by hand also deletes the (:Migration) records, while the schema stays:
        // the first migrations then meet what later ones made of it.
        (noneRecorded
          ? '. The database records no migration but already has a schema — were its nodes deleted by hand (MATCH (n) DETACH DELETE n)? Drop its constraints and indexes too, or start from an empty data folder, then run again.'
          : ''),
    );
    this.name = 'MigrationError';
  }
}

export interface MigrationResult {
  readonly applied: readonly string[];
  readonly alreadyApplied: readonly string[];
}

/** Whether the database has constraints or indexes of its own (beyond Neo4j's token lookup indexes). */
async function hasSchema(executor: Executor): Promise<boolean> {
  const [row] = await executor.read('read/schemaSize');
  return Number(row?.count ?? 0) > 0;
}

/** Applies the migrations not yet recorded in the database. */
export async function migrate(executor: Executor): Promise<MigrationResult> {
  const done = new Set((await executor.read('read/appliedMigrations')).map((r) => Number(r.version)));
  const applied: string[] = [];
  const alreadyApplied: string[] = [];
  for (const name of executor.cypher.names('schema/')) {
    const match = /^schema\/(\d+)_(.+)$/u.exec(name);
    if (!match) throw new TypeError(`migration file ${name}.cypher must be named NNN_description.cypher`);
    const version = Number(match[1]);
    if (done.has(version)) {
      alreadyApplied.push(name);
      continue;
    }
    for (const statement of statements(executor.cypher.get(name))) {
      try {
        await executor.runSchema(statement);
      } catch (error) {
        if (error instanceof DatabaseUnavailableError) throw error;
        throw new MigrationError(name, statement, error as Error, done.size === 0 && (await hasSchema(executor)));
      }
    }
    await executor.writeTransaction((run) => run('write/recordMigration', { version, name: match[2] }));
    applied.push(name);
  }
  return { applied, alreadyApplied };
}
