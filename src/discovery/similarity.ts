/**
 * Measure–measure similarity without comparing every pair. Text is the base: TF-IDF cosine over
 * content terms; shared themes and shared guideline clauses sharpen it (each an IDF-weighted
 * cosine over the measure's themes or clauses), so two measures of one practice that word it
 * differently still meet:
 *
 *     score = 0.6 · text + 0.3 · themes + 0.1 · clauses
 *
 * Candidates come from an inverted index: for each document only its most telling terms (highest
 * weight, not among the most common terms) are looked up, each term's postings are ordered by
 * weight and cut at `maxPostings`, and the partial dot products gathered there pick a small pool
 * that is then scored exactly. The work per document is bounded by
 * `maxTermsPerDoc × maxPostings`, however large the collection grows.
 */
import { dot, sharedContributions, weightCollection, type Occurrence, type SparseVector, type WeightedCollection } from './termVectors';

export interface SimilarityDocument {
  readonly id: string;
  /** Documents of one group (a ministry) are "within"; of others, "across". */
  readonly group: string;
  /** Content terms, repeated as often as they occur. */
  readonly terms: readonly Occurrence[];
  /** Theme slugs. */
  readonly themes: readonly string[];
  /** Clause keys (a measure's guideline clauses and their ancestors down to a useful level). */
  readonly clauses: readonly string[];
}

export interface SimilarityOptions {
  /** Neighbours kept per document from other groups, and from its own group. */
  readonly topAcross: number;
  readonly topWithin: number;
  /** Terms of a document looked up in the index. */
  readonly maxTermsPerDoc: number;
  /** Postings read per term (the highest-weighted ones). */
  readonly maxPostings: number;
  /** Terms held by more than this share of documents are not looked up (still scored). */
  readonly maxDocumentFrequency: number;
  /** Candidates per document (and per side, across and within) scored exactly. */
  readonly candidatePool: number;
  /** Terms listed as evidence per pair. */
  readonly sharedTermCount: number;
  readonly weights: { readonly text: number; readonly themes: number; readonly clauses: number };
}

export const DEFAULT_SIMILARITY: SimilarityOptions = {
  topAcross: 10,
  topWithin: 5,
  maxTermsPerDoc: 24,
  maxPostings: 200,
  maxDocumentFrequency: 0.25,
  candidatePool: 40,
  sharedTermCount: 6,
  weights: { text: 0.6, themes: 0.3, clauses: 0.1 },
};

export interface SimilarPair {
  readonly fromId: string;
  readonly toId: string;
  readonly score: number;
  /** The text cosine alone. */
  readonly textScore: number;
  readonly sameGroup: boolean;
  /** The shared terms that weigh most, as printed; a term inside a longer one listed is left out. */
  readonly sharedTerms: readonly string[];
  readonly sharedThemes: readonly string[];
}

/** Each document's nearest neighbours (topAcross from other groups, topWithin from its own). */
export function similarPairs(documents: readonly SimilarityDocument[], options: SimilarityOptions = DEFAULT_SIMILARITY): SimilarPair[] {
  checkOptions(options);
  const text = weightCollection(documents.map((d) => d.terms), 2);
  const themes = weightCollection(documents.map((d) => d.themes.map((s) => ({ key: s, surface: s }))));
  const clauses = weightCollection(documents.map((d) => d.clauses.map((s) => ({ key: s, surface: s }))));
  const postings = buildPostings(text, options);
  const n = documents.length;
  const groupNumbers = new Map<string, number>();
  const group = Int32Array.from(documents, (doc) => {
    if (!groupNumbers.has(doc.group)) groupNumbers.set(doc.group, groupNumbers.size);
    return groupNumbers.get(doc.group) as number;
  });
  const acc = new Float64Array(n);
  // The current document's text vector, spread out by term number: a candidate's cosine is then one
  // pass over the candidate's terms.
  const spread = new Float64Array(text.vocabulary.keys.length);
  const touched: number[] = [];
  const pairs: SimilarPair[] = [];
  const { weights } = options;

  for (let d = 0; d < n; d++) {
    for (const t of lookupTerms(text.vectors[d], text, options)) {
      const list = postings[t.id];
      for (let k = 0; k < list.docs.length; k++) {
        const c = list.docs[k];
        if (c === d) continue;
        if (acc[c] === 0) touched.push(c);
        acc[c] += t.weight * list.weights[k];
      }
    }
    const across: number[] = [];
    const within: number[] = [];
    for (const c of touched) (group[c] === group[d] ? within : across).push(c);
    const pool = [...topBy(across, acc, options.candidatePool), ...topBy(within, acc, options.candidatePool)];
    for (const c of touched) acc[c] = 0;
    touched.length = 0;

    const own = text.vectors[d];
    for (let i = 0; i < own.ids.length; i++) spread[own.ids[i]] = own.weights[i];
    const scored = pool.map((c) => {
      const textScore = spreadDot(spread, text.vectors[c]);
      const score = weights.text * textScore + weights.themes * dot(themes.vectors[d], themes.vectors[c]) + weights.clauses * dot(clauses.vectors[d], clauses.vectors[c]);
      return { c, score, textScore };
    });
    const best = (same: boolean, k: number) =>
      scored
        .filter((s) => (group[s.c] === group[d]) === same && s.score > 0)
        .sort((a, b) => b.score - a.score || (documents[a.c].id < documents[b.c].id ? -1 : 1))
        .slice(0, k);
    for (let i = 0; i < own.ids.length; i++) spread[own.ids[i]] = 0;
    for (const s of [...best(false, options.topAcross), ...best(true, options.topWithin)]) {
      pairs.push({
        fromId: documents[d].id,
        toId: documents[s.c].id,
        score: round(s.score),
        textScore: round(s.textScore),
        sameGroup: group[s.c] === group[d],
        sharedTerms: sharedTerms(text, text.vectors[d], text.vectors[s.c], options.sharedTermCount),
        sharedThemes: documents[d].themes.filter((t) => documents[s.c].themes.includes(t)),
      });
    }
  }
  return pairs;
}

interface Postings {
  readonly docs: Int32Array;
  readonly weights: Float64Array;
}

/** Per term, the documents holding it, highest weight first, cut at maxPostings. */
function buildPostings(collection: WeightedCollection, options: SimilarityOptions): Postings[] {
  const lists: number[][] = collection.vocabulary.keys.map(() => []);
  collection.vectors.forEach((v, doc) => v.ids.forEach((id) => lists[id].push(doc)));
  return lists.map((docs, id) => {
    const weightOf = (doc: number) => weightIn(collection.vectors[doc], id);
    const weightsOf = new Map(docs.map((doc) => [doc, weightOf(doc)]));
    const kept = docs.sort((a, b) => (weightsOf.get(b) as number) - (weightsOf.get(a) as number) || a - b).slice(0, options.maxPostings);
    return { docs: Int32Array.from(kept), weights: Float64Array.from(kept, (doc) => weightsOf.get(doc) as number) };
  });
}

/** The weight of term `id` in `v` (binary search: ids are sorted). */
function weightIn(v: SparseVector, id: number): number {
  let lo = 0;
  let hi = v.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (v.ids[mid] === id) return v.weights[mid];
    if (v.ids[mid] < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** A document's most telling terms: highest weight first, leaving out the most common terms. */
function lookupTerms(v: SparseVector, collection: WeightedCollection, options: SimilarityOptions): { id: number; weight: number }[] {
  const limit = options.maxDocumentFrequency * collection.vocabulary.size;
  const out: { id: number; weight: number }[] = [];
  v.ids.forEach((id, i) => {
    if (collection.vocabulary.df[id] > 1 && collection.vocabulary.df[id] <= Math.max(limit, 2)) out.push({ id, weight: v.weights[i] });
  });
  return out.sort((a, b) => b.weight - a.weight || a.id - b.id).slice(0, options.maxTermsPerDoc);
}

/** The `k` entries of `items` with the highest `acc`, in no particular order. */
function topBy(items: number[], acc: Float64Array, k: number): number[] {
  if (items.length <= k) return items;
  return items.sort((a, b) => acc[b] - acc[a] || a - b).slice(0, k);
}

/**
 * The `count` shared terms of two vectors of `collection` that weigh most, as printed; a term inside
 * a longer one listed is left out. Exported for lineage (src/lineage), which scores pairs of its own.
 */
export function sharedTerms(collection: WeightedCollection, a: SparseVector, b: SparseVector, count: number): string[] {
  // Read in order of weight; a compound replaces the parts of it already listed (多面 → 多面観察).
  let kept: number[] = [];
  const keyOf = (id: number) => collection.vocabulary.keys[id];
  for (const { id } of sharedContributions(a, b, count * 3)) {
    const key = keyOf(id);
    if (kept.some((k) => keyOf(k).includes(key))) continue;
    kept = kept.filter((k) => !key.includes(keyOf(k)));
    kept.push(id);
    if (kept.length === count) break;
  }
  return kept.map((id) => collection.vocabulary.surfaces[id]);
}

/** Dot product of a spread-out vector with a sparse one. */
function spreadDot(spread: Float64Array, v: SparseVector): number {
  let sum = 0;
  for (let i = 0; i < v.ids.length; i++) sum += spread[v.ids[i]] * v.weights[i];
  return sum;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function checkOptions(o: SimilarityOptions): void {
  for (const name of ['topAcross', 'topWithin', 'maxTermsPerDoc', 'maxPostings', 'candidatePool', 'sharedTermCount'] as const) {
    if (!Number.isInteger(o[name]) || o[name] < 0) throw new TypeError(`similarity option ${name} must be a non-negative integer, got ${o[name]}`);
  }
  const { text, themes, clauses } = o.weights;
  if (![text, themes, clauses].every((w) => w >= 0) || Math.abs(text + themes + clauses - 1) > 1e-9) {
    throw new TypeError(`similarity weights must be non-negative and add up to 1, got ${JSON.stringify(o.weights)}`);
  }
}
