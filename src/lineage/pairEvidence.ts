/**
 * The similarity of two texts of different years, scored as discovery scores similar measures
 * (src/discovery/similarity.ts): TF-IDF cosine over content terms, an IDF-weighted cosine over the
 * themes each text carries, and one over its guideline clauses (and their ancestors down to the
 * item level), mixed with the same weights (0.6 · text + 0.3 · themes + 0.1 · clauses). The
 * collection is both years together. Two differences: a component neither text has anything for
 * is left out (see scorePair); and every content term counts, even one only one text holds
 * (discovery leaves those out when ranking neighbours): between a measure and its rewording,
 * those are exactly the words added or dropped, so they must lower the text cosine.
 */
import { themeMatcher } from '../discovery/assignThemes';
import { sharedTerms, type SimilarityOptions } from '../discovery/similarity';
import type { Taxonomy } from '../discovery/taxonomy';
import { dot, weightCollection, type WeightedCollection } from '../discovery/termVectors';
import type { TermTokenizer } from '../discovery/tokenizer';

/** What scoring needs of a text: the text and the clause paths of its row (none for a title). */
export interface EvidenceInput {
  readonly text: string;
  readonly clauseRefs: readonly string[];
}

/** The weighted vectors of a collection of texts. */
export interface EvidenceCollection {
  readonly terms: WeightedCollection;
  readonly themes: WeightedCollection;
  readonly clauses: WeightedCollection;
  /** Theme slugs of each text, in taxonomy order. */
  readonly themeSlugs: readonly (readonly string[])[];
}

export interface PairScore {
  readonly score: number;
  readonly textScore: number;
  readonly themeScore: number;
  readonly clauseScore: number;
}

/** Vectors of `inputs`, the texts of both years together. */
export function evidenceCollection(inputs: readonly EvidenceInput[], tokenizer: TermTokenizer, taxonomy: Taxonomy): EvidenceCollection {
  const matcher = themeMatcher(taxonomy);
  const themeSlugs = inputs.map((d) => matcher.match(d.text).map((t) => t.slug));
  return {
    terms: weightCollection(inputs.map((d) => tokenizer.terms(d.text))),
    themes: weightCollection(themeSlugs.map((slugs) => slugs.map((s) => ({ key: s, surface: s })))),
    clauses: weightCollection(inputs.map((d) => [...new Set(d.clauseRefs.flatMap(clauseKeys))].map((k) => ({ key: k, surface: k })))),
    themeSlugs,
  };
}

/**
 * The score of texts `i` and `j` of the collection. A component neither text has anything for (no
 * theme on either side, no clause on either side) is no evidence either way: it is left out and
 * the other weights are scaled up, so two untouched measures without a theme can still score 1.
 */
export function scorePair(c: EvidenceCollection, i: number, j: number, weights: SimilarityOptions['weights']): PairScore {
  const textScore = dot(c.terms.vectors[i], c.terms.vectors[j]);
  const themeScore = dot(c.themes.vectors[i], c.themes.vectors[j]);
  const clauseScore = dot(c.clauses.vectors[i], c.clauses.vectors[j]);
  const has = (v: WeightedCollection) => v.vectors[i].ids.length > 0 || v.vectors[j].ids.length > 0;
  const parts = [
    { w: weights.text, s: textScore, on: true },
    { w: weights.themes, s: themeScore, on: has(c.themes) },
    { w: weights.clauses, s: clauseScore, on: has(c.clauses) },
  ].filter((p) => p.on && p.w > 0);
  const total = parts.reduce((sum, p) => sum + p.w, 0);
  return {
    score: total === 0 ? 0 : round(parts.reduce((sum, p) => sum + p.w * p.s, 0) / total),
    textScore: round(textScore),
    themeScore: round(themeScore),
    clauseScore: round(clauseScore),
  };
}

/** The evidence of a pair: the shared terms that weigh most, and the shared themes (slugs). */
export function pairEvidence(c: EvidenceCollection, i: number, j: number, termCount: number): { sharedTerms: string[]; sharedThemes: string[] } {
  return {
    sharedTerms: sharedTerms(c.terms, c.terms.vectors[i], c.terms.vectors[j], termCount),
    sharedThemes: c.themeSlugs[i].filter((s) => c.themeSlugs[j].includes(s)),
  };
}

/** Clause levels from the item down (Ⅱ and Ⅱ.3 are shared by too many measures to tell them apart, as in discovery). */
const CLAUSE_PATH_RE = /^([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ])(\.\d+)?(\.\(\d+\))?([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])?([ア-ト])?$/u;

/**
 * A clause path and its ancestors from the item level down (`Ⅱ.3.(1)②` → `Ⅱ.3.(1)`, `Ⅱ.3.(1)②`),
 * read from the path itself so that rows from the graph need no guideline tree. A path of
 * another shape is its own only key.
 */
export function clauseKeys(path: string): string[] {
  const m = CLAUSE_PATH_RE.exec(path);
  if (!m) return [path];
  const [, part, section = '', item, sub, point] = m;
  if (item === undefined) return [];
  const base = part + section + item;
  const keys = [base];
  if (sub !== undefined) keys.push(base + sub);
  if (sub !== undefined && point !== undefined) keys.push(base + sub + point);
  return keys;
}

export function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
