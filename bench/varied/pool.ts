/**
 * The distinct questions of the varied mix, drawn from the catalog with a fixed seed:
 * - every ministry's tree, in two shapes (with clauses, with themes);
 * - ministries sharing every guideline clause, in each of the three spellings (canonical, ASCII,
 *   full width), with and without the clauses below, 5 ministries a page (next pages follow);
 * - measure pages (10 a page, next pages follow) by every ministry (alone, new, continuing), every
 *   status, every clause (a random spelling), every theme, and words of the vocabulary;
 * - search for the vocabulary — every term of the theme taxonomy and the most frequent content
 *   terms — over measures, and half of it (drawn) over every type;
 * - similar measures of random measures (other ministries' 5; any ministry's 10);
 * - the graph at depth 1 and 2 around every ministry, clause and theme and random measures.
 */
import type { Catalog } from './catalog';
import { Random } from './random';
import { SPELLINGS, spell } from './spellings';
import { clauseSharing, measureFilters, measurePage, ministryTree, neighbourhood, search, similar, type Template } from './templates';

export interface PoolOptions {
  readonly seed: number;
  /** Content terms searched for beside the theme terms (the most frequent first). */
  readonly contentTerms?: number;
  /** Measures whose similar measures are asked, drawn at random. */
  readonly similarMeasures?: number;
  /** Measures the graph is drawn around, drawn at random. */
  readonly graphMeasures?: number;
  /** Words measure pages are filtered by (textContains), drawn from the vocabulary. */
  readonly textFilters?: number;
  /** At most this many questions of a kind (a seeded sample; bench:scale keeps 1× and 100× alike). */
  readonly maxPerKind?: number;
}

/** The templates, in a fixed order (same catalog and seed: same templates). Duplicates removed. */
export function buildPool(catalog: Catalog, options: PoolOptions): Template[] {
  const random = new Random(options.seed);
  const templates: Template[] = [];
  for (const id of catalog.ministries) {
    templates.push(ministryTree(id, 'clauses'), ministryTree(id, 'themes'));
  }
  for (const path of catalog.clausePaths) {
    for (const spelling of SPELLINGS) {
      for (const desc of [true, false]) templates.push(clauseSharing(path, spell(path, spelling), spelling, desc));
    }
  }
  for (const id of catalog.ministries) {
    for (const status of [undefined, 'NEW', 'CONTINUING']) templates.push(measurePage(measureFilters.ministry(id, status)));
  }
  for (const status of ['NEW', 'CONTINUING', 'NEW_AND_CONTINUING', 'UNSPECIFIED']) templates.push(measurePage(measureFilters.status(status)));
  for (const path of catalog.clausePaths) {
    const spelling = random.pick(SPELLINGS);
    templates.push(measurePage(measureFilters.clause(path, spell(path, spelling), spelling)));
  }
  for (const theme of catalog.themes) templates.push(measurePage(measureFilters.theme(theme.id)));
  const themeTerms = [...new Set(catalog.themes.flatMap((t) => t.terms))];
  const contentTerms = catalog.contentTerms.slice(0, options.contentTerms ?? 150).map((t) => t.term);
  const vocabulary = [...new Set([...themeTerms, ...contentTerms])];
  for (const word of random.sample(vocabulary, options.textFilters ?? 80)) templates.push(measurePage(measureFilters.text(word)));
  for (const word of vocabulary) templates.push(search(word, false));
  for (const word of random.sample(vocabulary, Math.ceil(vocabulary.length / 2))) templates.push(search(word, true));
  for (const m of random.sample(catalog.measures, options.similarMeasures ?? 172)) {
    templates.push(similar(m.id, true, 5), similar(m.id, false, 10));
  }
  const seeds = [
    ...catalog.ministries.map((ministry) => ({ ministry })),
    ...catalog.clausePaths.map((clause) => ({ clause, typed: spell(clause, random.pick(SPELLINGS)) })),
    ...catalog.themes.map((t) => ({ theme: t.id })),
    ...random.sample(catalog.measures, options.graphMeasures ?? 120).map((m) => ({ measure: m.id })),
  ];
  for (const seed of seeds) templates.push(neighbourhood(seed, 1), neighbourhood(seed, 2));
  // The full-width spelling of a part (Ⅱ) is the canonical one: one question, asked once.
  const seen = new Set<string>();
  const distinct = templates.filter((t) => {
    const key = JSON.stringify(t.ours(null));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const cap = options.maxPerKind;
  if (cap === undefined) return distinct;
  const kept = new Set<Template>();
  for (const kind of new Set(distinct.map((t) => t.kind))) {
    for (const t of random.sample(distinct.filter((x) => x.kind === kind), cap)) kept.add(t);
  }
  return distinct.filter((t) => kept.has(t));
}
