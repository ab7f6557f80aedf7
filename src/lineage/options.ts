/**
 * The knobs of lineage and what a status tag says. Values and their reasons: README.md.
 */
import { DEFAULT_SIMILARITY, type SimilarityOptions } from '../discovery/similarity';

/** What a later measure's tag leads us to expect of it. */
export type Expectation = 'continuing' | 'new' | 'unknown';

export interface LineageOptions {
  /** The similarity mix, as discovery's (text, themes, clauses; adding up to 1). */
  readonly weights: SimilarityOptions['weights'];
  /** The least score a measure link needs, by what the later measure's tag leads us to expect. */
  readonly thresholds: { readonly [E in Expectation]: number };
  /** The least text cosine any measure link needs: a shared theme and clause without shared words is not a continuation. */
  readonly minTextScore: number;
  /** A linked measure whose text cosine is below this was reworded: `changed`, not `continued`. */
  readonly changedBelow: number;
  /** Links chosen below this score go on the review list. */
  readonly weakBelow: number;
  /** Items: title similarity and the share of their measures linked, mixed; the least score a link needs. */
  readonly items: { readonly titleWeight: number; readonly measureWeight: number; readonly threshold: number };
  /** Shared terms listed as evidence per link. */
  readonly sharedTermCount: number;
}

export const DEFAULT_LINEAGE: LineageOptions = {
  weights: DEFAULT_SIMILARITY.weights,
  thresholds: { continuing: 0.25, unknown: 0.4, new: 0.6 },
  minTextScore: 0.15,
  changedBelow: 0.95,
  weakBelow: 0.35,
  items: { titleWeight: 0.5, measureWeight: 0.5, threshold: 0.25 },
  sharedTermCount: 6,
};

/** Words of a status tag that say the measure went on from the year before (【継続】, 【拡充】, 【見直し】). */
const CONTINUING_WORDS = ['継続', '拡充', '見直し'];

/**
 * 【継続】 (and 【新規・継続】, 【拡充】, 【見直し】) → continuing; 【新規】 alone → new; no tag, or
 * 【終了】/【廃止】 → unknown.
 */
export function expectationOf(status: string | null): Expectation {
  if (status === null) return 'unknown';
  const words = status.split(/[・･、]/u);
  if (words.some((w) => CONTINUING_WORDS.includes(w))) return 'continuing';
  if (words.length === 1 && words[0] === '新規') return 'new';
  return 'unknown';
}

/** How a tag is named in a reason. */
export function tagLabel(status: string | null): string {
  return status === null ? 'untagged' : `【${status}】`;
}

/** Throws a `TypeError` stating the contract and the bad value. */
export function checkLineageOptions(o: LineageOptions): void {
  const { text, themes, clauses } = o.weights;
  if (![text, themes, clauses].every((w) => w >= 0) || Math.abs(text + themes + clauses - 1) > 1e-9) {
    throw new TypeError(`lineage weights must be non-negative and add up to 1, got ${JSON.stringify(o.weights)}`);
  }
  const unit: [string, number][] = [
    ...Object.entries(o.thresholds).map(([k, v]): [string, number] => [`thresholds.${k}`, v]),
    ['minTextScore', o.minTextScore],
    ['changedBelow', o.changedBelow],
    ['weakBelow', o.weakBelow],
    ['items.threshold', o.items.threshold],
  ];
  for (const [name, v] of unit) {
    if (!(typeof v === 'number' && v >= 0 && v <= 1)) throw new TypeError(`lineage option ${name} must be a number from 0 to 1, got ${v}`);
  }
  if (!(o.items.titleWeight >= 0 && o.items.measureWeight >= 0 && Math.abs(o.items.titleWeight + o.items.measureWeight - 1) < 1e-9)) {
    throw new TypeError(`lineage item weights must be non-negative and add up to 1, got ${JSON.stringify(o.items)}`);
  }
  if (!Number.isInteger(o.sharedTermCount) || o.sharedTermCount < 0) {
    throw new TypeError(`lineage option sharedTermCount must be a non-negative integer, got ${o.sharedTermCount}`);
  }
}
