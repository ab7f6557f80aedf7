/**
 * The clause-meaning vocabulary (`data/clause-meanings.json`): what a priority-item title is about in
 * the terms of the WLB guideline — phrases, the clauses they are the subject of, the practices (themes)
 * that realise them, and why — plus the light words that say how rather than what. Loaded and checked
 * once; a malformed file fails with a `TypeError` naming the entry and what was expected.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config';
import { normalizeClausePath } from '../clauses';

export interface Concept {
  readonly id: string;
  /** One of the guideline's aims (働きやすさ, 働きがい): matched through clauses and practices only. */
  readonly aim: boolean;
  readonly phrases: readonly string[];
  /** Guideline clause paths the concept is the subject of. */
  readonly clauses: readonly string[];
  /** Theme slugs (data/themes.json) of the practices that realise it. */
  readonly themes: readonly string[];
  readonly why: string;
}

export interface ClauseMeanings {
  readonly lightWords: readonly string[];
  readonly concepts: readonly Concept[];
}

export const CLAUSE_MEANINGS_FILE = path.join(projectRoot, 'data', 'clause-meanings.json');

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Reads and checks the vocabulary. */
export function loadClauseMeanings(file: string = CLAUSE_MEANINGS_FILE): ClauseMeanings {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new TypeError(`${file}: expected the JSON clause-meaning vocabulary: ${(error as Error).message}`);
  }
  return parseClauseMeanings(raw, file);
}

/** Checks a parsed vocabulary object (exported for tests). */
export function parseClauseMeanings(raw: unknown, source = 'clause meanings'): ClauseMeanings {
  const r = raw as { lightWords?: { terms?: unknown }; concepts?: unknown };
  const lightWords = strings(r?.lightWords?.terms, `${source}: lightWords.terms`);
  if (!Array.isArray(r?.concepts)) throw new TypeError(`${source}: expected { "lightWords": {…}, "concepts": [ … ] }`);
  const seen = new Set<string>();
  const concepts = r.concepts.map((c: Record<string, unknown>, i): Concept => {
    const where = `${source}: concept ${i + 1} (${JSON.stringify(c?.id)})`;
    if (typeof c?.id !== 'string' || !ID_RE.test(c.id)) throw new TypeError(`${where}: expected an id in lower-case-slug form, got ${JSON.stringify(c?.id)}`);
    if (seen.has(c.id)) throw new TypeError(`${where}: the id ${c.id} is used twice`);
    seen.add(c.id);
    if (typeof c.why !== 'string' || c.why.trim() === '') throw new TypeError(`${where}: expected a non-empty "why"`);
    if (c.aim !== undefined && typeof c.aim !== 'boolean') throw new TypeError(`${where}: expected "aim" to be true or false, got ${JSON.stringify(c.aim)}`);
    const phrases = strings(c.phrases, `${where}: phrases`);
    const clauses = strings(c.clauses, `${where}: clauses`).map((p) => {
      const normal = normalizeClausePath(p);
      if (normal === null) throw new TypeError(`${where}: expected clause paths such as "Ⅱ.3.(1)", got ${JSON.stringify(p)}`);
      return normal;
    });
    if (phrases.length === 0 || clauses.length === 0) throw new TypeError(`${where}: expected at least one phrase and one clause`);
    return { id: c.id, aim: c.aim === true, phrases, clauses, themes: c.themes === undefined ? [] : strings(c.themes, `${where}: themes`), why: c.why };
  });
  return { lightWords, concepts };
}

function strings(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) throw new TypeError(`${where}: expected a list of strings, got ${JSON.stringify(value)}`);
  return value.map((s) => {
    if (typeof s !== 'string' || s.trim() === '') throw new TypeError(`${where}: expected non-empty strings, got ${JSON.stringify(s)}`);
    return s;
  });
}
