/**
 * What lineage produces: links from a later year's measures and items to their predecessors of
 * the year before, the diff of the two years with a reason for each entry, and the review list.
 * All plain data. See README.md for how links are scored and chosen.
 */

/** A `CONTINUES` link: `fromId` (later year) continues `toId` (earlier year), same ministry. */
export interface LineageLink {
  readonly fromId: string;
  readonly toId: string;
  readonly ministryId: string;
  /** The combined score the link was chosen on (0…1). */
  readonly score: number;
  /** The text cosine alone (for items: the title cosine). */
  readonly textScore: number;
  /** Shared content terms that weigh most, as printed. */
  readonly sharedTerms: readonly string[];
  /** Shared themes, as graph ids (`theme/telework`). */
  readonly sharedThemes: readonly string[];
}

/** The best-scoring counterpart of a measure or item in the other year, whether linked or not. */
export interface Candidate {
  readonly id: string;
  readonly score: number;
}

export type ChangeKind = 'continued' | 'changed' | 'new' | 'dropped';

/**
 * One entry of a diff. `id` is the later year's measure or item, except for `dropped`, where it
 * is the earlier year's. `continued`: linked and alike; `changed`: linked but reworded (measures)
 * or renamed (items); `new`: nothing of the year before continues into it; `dropped`: nothing of
 * the later year continues it.
 */
export type Change =
  | {
      readonly kind: 'continued' | 'changed';
      readonly id: string;
      readonly predecessorId: string;
      readonly score: number;
      readonly textScore: number;
      readonly reason: string;
    }
  | { readonly kind: 'new' | 'dropped'; readonly id: string; readonly bestCandidate: Candidate | null; readonly reason: string };

export interface MinistryDiff {
  readonly ministryId: string;
  /** Later-year entries in report order, then the dropped ones in the earlier year's order. */
  readonly items: readonly Change[];
  readonly measures: readonly Change[];
}

export interface LineageDiff {
  /** The earlier and later follow-up years (令和６年度 → 令和７年度). */
  readonly from: string;
  readonly to: string;
  readonly ministries: readonly MinistryDiff[];
}

/**
 * Something a person should look at:
 * - `unmatchedContinuing`: a measure tagged as continuing (【継続】…) that continues nothing;
 * - `weakMatch`: a link chosen below `weakBelow` (the tag lowered the bar enough to take it);
 * - `newButContinues`: a 【新規】 measure so close to one of the year before that it was linked;
 * - `weakItemMatch`: an item link below `weakBelow`.
 */
export type LineageReviewNote =
  | { readonly kind: 'unmatchedContinuing'; readonly id: string; readonly ministryId: string; readonly bestCandidate: Candidate | null; readonly reason: string }
  | {
      readonly kind: 'weakMatch' | 'newButContinues' | 'weakItemMatch';
      readonly id: string;
      readonly ministryId: string;
      readonly predecessorId: string;
      readonly score: number;
      readonly reason: string;
    };

export interface LineageResult {
  readonly measureLinks: readonly LineageLink[];
  readonly itemLinks: readonly LineageLink[];
  readonly diff: LineageDiff;
  readonly review: readonly LineageReviewNote[];
  /** Milliseconds: analysing the texts (terms, themes, vectors), scoring and choosing links, the whole run. */
  readonly timings: { readonly evidenceMs: number; readonly matchingMs: number; readonly totalMs: number };
}
