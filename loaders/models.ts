/**
 * The graph's nodes as the loaders return them: the node's properties, as plain JS values
 * (src/db/values.ts). Resolvers receive these as parents.
 *
 * What no resolver reads is left out by the read queries (`x {.*, textCompact: null}`), since the
 * driver's decoding of each row is a large part of a request's cost (bench/PROFILE.md §10): a
 * measure's `textCompact` (its text again, for the text index), a priority item's alignment keys
 * (`rawClauses`, `rowKeys`, `titleKey`, `titleLines`: ingest's provenance, shown by the graph's
 * `data` and the exports, which read their own), a theme's `searchText`.
 */
import type { MeasureStatus } from '../src/model/status';

export type { MeasureStatus };

/** What every node carries: its public id, its key (version|id), its version and fiscal year. */
export interface VersionedRow {
  readonly id: string;
  readonly uid: string;
  readonly version: string;
  readonly fiscalYear: number;
}

export interface MinistryRow extends VersionedRow {
  readonly nameJa: string;
  readonly nameEn: string | null;
  readonly order: number | null;
  /** Place in the year's report (keyset pagination). */
  readonly rank: number;
}

export interface PriorityItemRow extends VersionedRow {
  readonly title: string;
  readonly order: number;
  readonly rank: number;
  readonly ministryId: string;
  /** How the title was matched to its rows (see schema/priorityItem.graphql, Alignment). */
  readonly alignmentConfidence: number | null;
  readonly alignmentMethod: 'MACHINE' | 'REVIEWED' | null;
  /** JSON list of {kind, detail, weight} (Neo4j properties cannot hold a list of maps). */
  readonly alignmentEvidence: string | null;
}

export interface MeasureRow extends VersionedRow {
  readonly text: string;
  readonly head: string;
  readonly status: MeasureStatus;
  readonly statusJa: string | null;
  readonly ministryId: string;
  readonly itemId: string;
  readonly order: number;
  readonly rank: number;
  readonly lineStart: number;
  readonly lineEnd: number;
}

export type ClauseKind = 'GUIDELINE' | 'PLAN';

export interface ClauseRow extends VersionedRow {
  readonly path: string;
  readonly title: string;
  readonly titleVariants: readonly string[] | null;
  readonly level: number;
  readonly kind: ClauseKind;
  readonly ministryId: string | null;
  /** Place among the year's clauses: guideline first, then by path. */
  readonly rank: number;
}

/** A loaded report: one per fiscal year, naming the version it serves. */
export interface ReportRow {
  readonly id: string;
  readonly title: string;
  /** Gregorian fiscal year of the follow-up (2024 for 令和6年度), and its Japanese name. */
  readonly fiscalYear: number;
  readonly fiscalYearJa: string;
  /** The year whose measures it reports (the year before). */
  readonly measuresFiscalYear: number | null;
  readonly measuresFiscalYearJa: string | null;
  readonly source: string;
  readonly sha256: string;
  readonly loadedAt: string;
  readonly version: string;
}

/** A node of any API type, tagged with its type (from `nodesById`). */
export type NodeRow =
  | (MinistryRow & { readonly __typename: 'Ministry' })
  | (PriorityItemRow & { readonly __typename: 'PriorityItem' })
  | (MeasureRow & { readonly __typename: 'Measure' })
  | (ClauseRow & { readonly __typename: 'Clause' });

/** A priority item with its measures and their clauses (from `ministryTreesById`). */
export interface PriorityItemTree {
  readonly item: PriorityItemRow;
  readonly measures: readonly { readonly measure: MeasureRow; readonly clauses: ClauseRow[] }[];
}

/** A ministry with its item trees (ministryTreesById.cypher). */
export interface MinistryTree {
  readonly ministry: MinistryRow;
  readonly items: readonly PriorityItemTree[];
}

/** A node of the year before or after and how it relates (predecessorsById / successorsById.cypher). */
export interface LineageRow<N> {
  readonly node: N;
  readonly kind: 'CONTINUED' | 'CHANGED';
  readonly score: number;
  readonly textScore: number;
  readonly sharedTerms: readonly string[];
  /** Theme ids. */
  readonly sharedThemes: readonly string[];
  readonly reason: string;
}

export interface ChangeCountsRow {
  readonly continued: number;
  readonly changed: number;
  readonly new: number;
  readonly dropped: number;
}

/** A ministry in one loaded year (ministryTimelines.cypher). */
export interface MinistryYearRow {
  readonly fiscalYear: number;
  readonly fiscalYearJa: string;
  readonly ministry: MinistryRow | null;
  readonly priorityItemCount: number;
  readonly measureCount: number;
  readonly changes: ChangeCountsRow | null;
}

/** One entry of a diff (reportDiff.cypher). */
export interface ChangeRow<N> {
  readonly kind: 'CONTINUED' | 'CHANGED' | 'NEW' | 'DROPPED';
  readonly before: N | null;
  readonly after: N | null;
  readonly score: number | null;
  readonly reason: string;
  /** Place in the diff (keyset pagination). */
  readonly sort: number;
}

export type MeasureLineageRow = LineageRow<MeasureRow>;
export type PriorityItemLineageRow = LineageRow<PriorityItemRow>;
export type MeasureChangeRow = ChangeRow<MeasureRow>;
export type PriorityItemChangeRow = ChangeRow<PriorityItemRow>;
