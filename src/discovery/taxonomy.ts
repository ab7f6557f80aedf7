/**
 * The theme taxonomy (`data/themes.json`): the practices the report talks about, each with a
 * stable slug, Japanese and English names, and the terms that mark it in a measure's text. Loaded
 * and checked once; a malformed file fails with a message naming the theme and what was expected.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { compactKey } from './normalize';

export interface ThemeDefinition {
  /** Stable slug ("multi-rater-feedback"); the graph id is `themeNodeId(slug)`. */
  readonly slug: string;
  readonly nameJa: string;
  readonly nameEn: string;
  /** Terms as written in the file. */
  readonly terms: readonly string[];
  /** Word lists that mark the theme when one sentence holds all of them. */
  readonly together: readonly (readonly string[])[];
}

export type Taxonomy = readonly ThemeDefinition[];

export const THEMES_FILE = path.join(projectRoot, 'data', 'themes.json');

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** The graph id of a theme: `theme/<slug>` (apart from ministry slugs such as "justice"). */
export const themeNodeId = (slug: string): string => `theme/${slug}`;

/** The graph id for what a user gives: an id (`theme/telework`) or a bare slug (`telework`). */
export const themeIdOf = (idOrSlug: string): string => (idOrSlug.startsWith('theme/') ? idOrSlug : themeNodeId(idOrSlug));

/** Reads and checks the taxonomy. Throws a `TypeError` stating the contract and the bad value. */
export function loadTaxonomy(file: string = THEMES_FILE): Taxonomy {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new TypeError(`${file}: expected a JSON theme taxonomy: ${(error as Error).message}`);
  }
  return parseTaxonomy(raw, file);
}

/** Checks a parsed taxonomy object (exported for tests). */
export function parseTaxonomy(raw: unknown, source = 'taxonomy'): Taxonomy {
  const themes = (raw as { themes?: unknown })?.themes;
  if (!Array.isArray(themes) || themes.length === 0) throw new TypeError(`${source}: expected { "themes": [ … ] } with at least one theme`);
  const seen = new Set<string>();
  return themes.map((t: Record<string, unknown>, i) => {
    const where = `${source}: theme ${i + 1} (${JSON.stringify(t?.id)})`;
    if (typeof t?.id !== 'string' || !SLUG_RE.test(t.id)) throw new TypeError(`${where}: expected an id in lower-case-slug form, got ${JSON.stringify(t?.id)}`);
    if (seen.has(t.id)) throw new TypeError(`${where}: the id ${t.id} is used twice`);
    seen.add(t.id);
    for (const name of ['nameJa', 'nameEn'] as const) {
      if (typeof t[name] !== 'string' || (t[name] as string).trim() === '') throw new TypeError(`${where}: expected a non-empty ${name}`);
    }
    const terms = strings(t.terms, `${where}: terms`);
    if (terms.length === 0) throw new TypeError(`${where}: expected at least one term`);
    const together = t.together === undefined ? [] : listOf(t.together, `${where}: together`).map((list, k) => {
      const words = strings(list, `${where}: together[${k}]`);
      if (words.length < 2) throw new TypeError(`${where}: together[${k}] needs two or more words, got ${JSON.stringify(list)}`);
      return words;
    });
    return { slug: t.id, nameJa: t.nameJa as string, nameEn: t.nameEn as string, terms, together };
  });
}

function listOf(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${where}: expected a list, got ${JSON.stringify(value)}`);
  return value;
}

function strings(value: unknown, where: string): string[] {
  return listOf(value, where).map((s) => {
    if (typeof s !== 'string' || compactKey(s) === '') throw new TypeError(`${where}: expected non-empty strings, got ${JSON.stringify(s)}`);
    return s;
  });
}
