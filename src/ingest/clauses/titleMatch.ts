/**
 * Comparing clause titles. Ministries re-type the guideline's titles: full/half width, 「」 or not,
 * ー/－/−, 管理職員 for 管理職, a word wrapped away (働き方改), a shortened or extended title. Titles
 * are compared on a key (NFKC, no white space, no quotes, one long-vowel mark) in three tiers.
 */

/** How well a label matches a clause title; `none` when it does not. */
export type TitleMatchTier = 'exact' | 'similar' | 'contains' | 'suffix' | 'none';

export interface TitleMatch {
  tier: TitleMatchTier;
  /** Dice coefficient of the keys' character bigrams, 0…1. */
  score: number;
  /** For `contains` and `suffix`: length of the part both share. */
  overlap: number;
}

/** Bigram similarity at or above which two titles are spellings of one title. */
export const SIMILAR_THRESHOLD = 0.8;
/**
 * Shortest key that may match by containment: shorter keys ("推進", "改革") occur inside too many
 * unrelated titles.
 */
export const MIN_CONTAINED_LENGTH = 4;
/**
 * A shared ending counts when it is this long and covers this share of the shorter key. Japanese
 * titles put their head last, so "部局長のリーダーシップの発揮と推進体制" and
 * "大臣、事務次官等のリーダーシップの発揮と推進体制" name the same thing for another subject.
 */
export const MIN_SUFFIX_LENGTH = 8;
export const MIN_SUFFIX_SHARE = 0.6;

/** The comparison key of a title: NFKC, no white space, no 「」『』"", dashes unified to ー. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[「」『』"“”]/gu, '')
    .replace(/[‐‑‒–—―−－ｰ-]/gu, 'ー');
}

/** Dice coefficient of the character-bigram multisets of two keys. */
export function bigramDice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < a.length; i++) {
    const g = a.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const g = b.slice(i, i + 2);
    const c = counts.get(g) ?? 0;
    if (c > 0) {
      common++;
      counts.set(g, c - 1);
    }
  }
  return (2 * common) / (a.length - 1 + b.length - 1);
}

/**
 * Matches two keys: `exact` when equal, `similar` when their bigram Dice reaches
 * SIMILAR_THRESHOLD, `contains` when one holds the other whole (a shortened or extended title,
 * at least MIN_CONTAINED_LENGTH characters), `suffix` when they end alike (MIN_SUFFIX_LENGTH
 * characters and MIN_SUFFIX_SHARE of the shorter), else `none`.
 */
export function matchKeys(a: string, b: string): TitleMatch {
  if (a.length === 0 || b.length === 0) return { tier: 'none', score: 0, overlap: 0 };
  if (a === b) return { tier: 'exact', score: 1, overlap: a.length };
  const score = bigramDice(a, b);
  if (score >= SIMILAR_THRESHOLD) return { tier: 'similar', score, overlap: 0 };
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= MIN_CONTAINED_LENGTH && long.includes(short)) {
    return { tier: 'contains', score, overlap: short.length };
  }
  let common = 0;
  while (common < short.length && short[short.length - 1 - common] === long[long.length - 1 - common]) common++;
  if (common >= MIN_SUFFIX_LENGTH && common >= MIN_SUFFIX_SHARE * short.length) {
    return { tier: 'suffix', score, overlap: common };
  }
  return { tier: 'none', score, overlap: 0 };
}

const TIER_RANK: Record<TitleMatchTier, number> = { exact: 4, similar: 3, contains: 2, suffix: 1, none: 0 };

/** Numeric rank of a tier (exact 4 … none 0) for ordering candidates. */
export function tierRank(tier: TitleMatchTier): number {
  return TIER_RANK[tier];
}

/** The best match of `key` against any of `keys`, `none` if `keys` is empty. */
export function bestMatch(key: string, keys: Iterable<string>): TitleMatch {
  let best: TitleMatch = { tier: 'none', score: 0, overlap: 0 };
  for (const k of keys) {
    const m = matchKeys(key, k);
    if (
      tierRank(m.tier) > tierRank(best.tier) ||
      (m.tier === best.tier && (m.score > best.score || m.overlap > best.overlap))
    ) {
      best = m;
    }
  }
  return best;
}
