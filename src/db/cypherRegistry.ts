/**
 * The Cypher registry: every query lives in `cypher/<area>/<name>.cypher` and is loaded once, by
 * name ("read/ministries"). A missing file fails at start-up, not on the first request that needs it.
 * Queries are kept as sent: without their comments and indentation (`compactCypher`).
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
      this.queries.set(name, compactCypher(fs.readFileSync(file, 'utf8')));
    }
  }

  /** The text of a query as sent (compacted). Throws a `TypeError` naming the file when it does not exist. */
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

/**
 * The query without its comments, each line without its indentation, blank lines dropped. A query
 * is sent with every request, and the driver writes it to the socket 1 400 bytes at a time: the
 * drawing's hop query with its comments (4.8 KB) took four writes (system calls), with the other
 * long queries 4.5 % of the server's CPU on drawings (bench/PROFILE.md §10). Line breaks stay, so
 * Neo4j's error positions name a line of the query as sent. Quoted text ('…', "…", `…`) is left
 * whole: a `//` in a string is not a comment.
 */
export function compactCypher(text: string): string {
  const lines: string[] = [];
  let quote: string | null = null;
  let line = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== null) {
      line += c;
      if (c === '\\' && quote !== '`' && i + 1 < text.length) line += text[++i];
      else if (c === quote) quote = null;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '\n') {
      lines.push(line);
      line = '';
    } else {
      if (c === "'" || c === '"' || c === '`') quote = c;
      line += c;
    }
  }
  lines.push(line);
  return lines.map((l) => l.trim()).filter((l) => l !== '').join('\n');
}

/** The `$parameters` a query uses (for the test that every one is supplied). */
export function queryParameters(text: string): string[] {
  const withoutComments = compactCypher(text).replace(/'(?:[^'\\]|\\.)*'/gu, "''");
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
