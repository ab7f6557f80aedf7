/**
 * The Cypher registry: every query lives in `cypher/<area>/<name>.cypher` and is loaded once, by
 * name ("read/ministries"). A missing file fails at start-up, not on the first request that needs it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';

export const CYPHER_DIR = path.join(projectRoot, 'cypher');

export class CypherRegistry {
  private readonly queries = new Map<string, string>();

  /** Loads every .cypher file below `dir`, keyed by its path without extension ("write/upsertMeasures"). */
  constructor(readonly dir: string = CYPHER_DIR) {
    if (!fs.existsSync(dir)) throw new TypeError(`Cypher folder not found: ${dir}`);
    for (const file of listCypherFiles(dir)) {
      const name = path.relative(dir, file).replace(/\\/gu, '/').replace(/\.cypher$/u, '');
      this.queries.set(name, fs.readFileSync(file, 'utf8').trim());
    }
  }

  /** The text of a query. Throws a `TypeError` naming the file when it does not exist. */
  get(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined) throw new TypeError(`no Cypher file ${path.join(this.dir, name)}.cypher`);
    return text;
  }

  /** Every query name, sorted; `prefix` keeps those below a folder ("schema/"). */
  names(prefix = ''): string[] {
    return [...this.queries.keys()].filter((n) => n.startsWith(prefix)).sort();
  }
}

/** The `$parameters` a query uses (for the test that every one is supplied). */
export function queryParameters(text: string): string[] {
  const withoutComments = text.replace(/\/\/[^\n]*/gu, '').replace(/'(?:[^'\\]|\\.)*'/gu, "''");
  return [...new Set([...withoutComments.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/gu)].map((m) => m[1]))].sort();
}

/** Splits a schema file into its statements (separated by `;` at the end of a line). */
export function statements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/u)
    .map((s) => s.replace(/^\s*\/\/[^\n]*$/gmu, '').trim())
    .filter((s) => s !== '');
}

function listCypherFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listCypherFiles(full);
    return entry.name.endsWith('.cypher') ? [full] : [];
  });
}
