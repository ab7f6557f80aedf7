/**
 * The reads of the side panel beyond the drawing: a priority item with its alignment (how sure
 * the extraction is that its title belongs to its rows, and why), and a ministry with its
 * timeline over the loaded years and what changed from the loaded year before (`reportDiff`).
 */
import { gql } from './api';
import { allNodes, PAGE_SIZE, type Connection } from './pages';

export interface AlignmentEvidence {
  readonly kind: string;
  readonly detail: string;
  readonly weight: number;
}

export interface Alignment {
  readonly confidence: number;
  readonly method: 'MACHINE' | 'REVIEWED';
  readonly reviewed: boolean;
  readonly doubtful: boolean;
  readonly evidence: readonly AlignmentEvidence[];
}

export interface PriorityItemDetail {
  readonly id: string;
  readonly fiscalYear: number;
  readonly title: string;
  readonly order: number;
  readonly ministry: { id: string; nameJa: string };
  readonly alignment: Alignment;
  readonly measures: readonly { id: string; head: string }[];
}

/** A priority item (its id says its year) with its alignment and measures; null if unknown. */
export async function fetchPriorityItem(id: string): Promise<PriorityItemDetail | null> {
  const data = await gql<{ priorityItem: PriorityItemDetail | null }>(
    `query ($id: ID!) {
      priorityItem(id: $id) {
        id fiscalYear title order ministry { id nameJa } measures { id head }
        alignment { confidence method reviewed doubtful evidence { kind detail weight } }
      }
    }`,
    { id },
  );
  return data.priorityItem;
}

export type ChangeKind = 'CONTINUED' | 'CHANGED' | 'NEW' | 'DROPPED';

export interface ChangeCounts {
  readonly continued: number;
  readonly changed: number;
  readonly new: number;
  readonly dropped: number;
}

export interface MinistryYear {
  readonly fiscalYear: number;
  readonly fiscalYearJa: string;
  readonly measureCount: number;
  readonly priorityItemCount: number;
  /** Null for the first loaded year. */
  readonly changes: ChangeCounts | null;
}

export interface MeasureChange {
  readonly kind: ChangeKind;
  readonly reason: string;
  readonly score: number | null;
  readonly before: { id: string; head: string } | null;
  readonly after: { id: string; head: string } | null;
}

export interface MinistryDiff {
  readonly from: number;
  readonly to: number;
  readonly counts: ChangeCounts;
  readonly priorityItemCounts: ChangeCounts;
  /** Every measure change, in the API's order (`to`'s report order, then the dropped ones). */
  readonly measures: readonly MeasureChange[];
}

export interface MinistryDetail {
  readonly id: string;
  readonly nameJa: string;
  readonly nameEn: string | null;
  readonly measureCount: number;
  readonly priorityItems: readonly { id: string; title: string; alignment: { doubtful: boolean } }[];
  readonly timeline: readonly MinistryYear[];
  /** From the loaded year before `year` to `year`; null when `year` is the first loaded. */
  readonly diff: MinistryDiff | null;
}

const COUNTS = 'continued changed new dropped';
const CHANGES = `measures(first: ${PAGE_SIZE}, after: $after) { totalCount edges { node { kind reason score before { id head } after { id head } } } pageInfo { hasNextPage endCursor } }`;

/**
 * A ministry in `year` with its timeline, and its diff from `previousYear` (the loaded year just
 * before, or null) to `year`, in one request (more only for a diff past 100 changes).
 */
export async function fetchMinistry(id: string, year: number, previousYear: number | null): Promise<MinistryDetail | null> {
  const withDiff = previousYear !== null;
  const vars = { id, y: year, from: previousYear ?? 0, to: year, diff: withDiff, after: null as string | null };
  const data = await gql<{
    ministry: Omit<MinistryDetail, 'diff'> | null;
    reportDiff?: { counts: ChangeCounts; priorityItemCounts: ChangeCounts; measures: Connection<MeasureChange> };
  }>(
    `query ($id: ID!, $y: Int, $from: Int!, $to: Int!, $diff: Boolean!, $after: String) {
      ministry(id: $id, fiscalYear: $y) {
        id nameJa nameEn measureCount priorityItems { id title alignment { doubtful } }
        timeline { fiscalYear fiscalYearJa measureCount priorityItemCount changes { ${COUNTS} } }
      }
      reportDiff(from: $from, to: $to, ministryId: $id) @include(if: $diff) {
        counts { ${COUNTS} } priorityItemCounts { ${COUNTS} } ${CHANGES}
      }
    }`,
    vars,
  );
  if (data.ministry === null) return null;
  const d = data.reportDiff;
  if (!withDiff || d === undefined) return { ...data.ministry, diff: null };
  const measures = await allNodes(d.measures, async (after) => {
    const next = await gql<{ reportDiff: { measures: Connection<MeasureChange> } }>(
      `query ($id: ID!, $from: Int!, $to: Int!, $after: String) { reportDiff(from: $from, to: $to, ministryId: $id) { ${CHANGES} } }`,
      { ...vars, after },
    );
    return next.reportDiff.measures;
  });
  return { ...data.ministry, diff: { from: previousYear, to: year, counts: d.counts, priorityItemCounts: d.priorityItemCounts, measures } };
}
