/**
 * Shapes shared by the clause-reference stages: a B cell is parsed into segments (parseClauseRef),
 * the guideline tree is built from all segments of the report (guidelineTree), and each cell is
 * resolved against that tree (resolveClauses).
 */

/** The five levels of the WLB guideline, outermost first: Ⅱ / 3. / (1) / ② / ア. */
export type ClauseLevel = 'PART' | 'SECTION' | 'ITEM' | 'SUBITEM' | 'POINT';

/** Levels in order; a level's depth is its index + 1. */
export const CLAUSE_LEVELS: readonly ClauseLevel[] = ['PART', 'SECTION', 'ITEM', 'SUBITEM', 'POINT'];

/** 1 for PART … 5 for POINT. */
export function depthOf(level: ClauseLevel): 1 | 2 | 3 | 4 | 5 {
  return (CLAUSE_LEVELS.indexOf(level) + 1) as 1 | 2 | 3 | 4 | 5;
}

/** One input cell: the B-cell text as printed (line breaks kept) and the ministry it belongs to. */
export interface ClauseCellInput {
  /** Ministry id (slug) from data/ministries.tsv, e.g. "cabinet-office". */
  ministryId: string;
  text: string;
}

/**
 * One level of a reference as printed: "（２）テレワークの推進" is
 * `{ level: 'ITEM', number: 2, title: 'テレワークの推進', raw: '（２）テレワークの推進' }`.
 * `number` is null when the cell gives a title without a number (「ワーク…」３．…).
 */
export interface Segment {
  level: ClauseLevel;
  number: number | null;
  /** Title as printed: line breaks removed, enclosing 「」 and separators stripped. */
  title: string;
  /** Number and title as printed, line breaks removed: used as the plan-reference label. */
  raw: string;
}

/** A segment with the segments the cell lists under it (several sub-items under one item…). */
export interface SegmentNode extends Segment {
  children: SegmentNode[];
}

/** One guideline clause as the report quotes it. */
export interface GuidelineClause {
  /** Canonical path, e.g. "Ⅱ.3.(1)②ア", "Ⅳ.(1)③", "Ⅱ.3". */
  path: string;
  kind: ClauseLevel;
  level: 1 | 2 | 3 | 4 | 5;
  number: number;
  /** The spelling quoted most often (by ministries, then by cells). */
  title: string;
  /** Every other spelling quoted for this clause, most quoted first. */
  variants: string[];
  parentPath: string | null;
  /** Number of B cells that quote this clause (at any depth of their reference). */
  quoteCount: number;
  /** Ids of the ministries whose B cells quote it, sorted. */
  ministries: string[];
  /**
   * Ids of the ministries that print it under its own number and level (not only by title), sorted.
   * One ministry alone: the clause's place in the guideline rests on that ministry's numbering.
   */
  numberedBy: string[];
}

/** The guideline as reconstructed from the report's quotes. */
export interface GuidelineTree {
  /** All clauses, parents before children, siblings by number. */
  clauses: GuidelineClause[];
  /**
   * Ministries judged to cite their own plan's numbering (their quotes repeatedly contradict the
   * consensus): their unmatched labels are plan references, never new clauses.
   */
  ownPlanMinistries: string[];
}
