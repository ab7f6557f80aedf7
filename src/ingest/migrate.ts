/**
 * Versioned schema migrations: `cypher/schema/NNN_name.cypher`, applied in version order, each
 * recorded as a (:Migration {version}) node. Every statement is written to be safe to run twice
 * (IF NOT EXISTS), so a migration interrupted between statements is simply run again.
 */
import { statements } from '../db/cypherRegistry';
import type { Executor } from '../db/executor';

export interface MigrationResult {
  readonly applied: readonly string[];
  readonly alreadyApplied: readonly string[];
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
    for (const statement of statements(executor.cypher.get(name))) await executor.runSchema(statement);
    await executor.writeTransaction((run) => run('write/recordMigration', { version, name: match[2] }));
    applied.push(name);
  }
  return { applied, alreadyApplied };
}
