/**
 * The graph's nodes as the loaders return them: the node's properties, as plain JS values
 * (src/db/values.ts). Resolvers receive these as parents.
 */
export interface MinistryRow {
  readonly id: string;
  readonly nameJa: string;
  readonly nameEn: string | null;
  readonly order: number | null;
}

export interface PriorityItemRow {
  readonly id: string;
  readonly title: string;
  readonly order: number;
}

export type MeasureStatus = 'NEW' | 'CONTINUING' | 'NEW_AND_CONTINUING' | 'UNSPECIFIED';

export interface MeasureRow {
  readonly id: string;
  readonly text: string;
  readonly head: string;
  readonly status: MeasureStatus;
  readonly statusJa: string | null;
  readonly ministryId: string;
  readonly order: number;
  readonly lineStart: number;
  readonly lineEnd: number;
}

export type ClauseKind = 'GUIDELINE' | 'PLAN';

export interface ClauseRow {
  readonly id: string;
  readonly path: string;
  readonly title: string;
  readonly titleVariants: readonly string[] | null;
  readonly level: number;
  readonly kind: ClauseKind;
  readonly ministryId: string | null;
}

export interface ReportRow {
  readonly id: string;
  readonly title: string;
  readonly fiscalYear: string;
  readonly measuresFiscalYear: string | null;
  readonly source: string;
  readonly sha256: string;
  readonly loadedAt: string;
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
