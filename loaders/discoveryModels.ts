/**
 * Discovery rows as the loaders and readers return them (plain JS values): themes, theme matches,
 * similar measures and ministries, search hits. Resolvers receive these as parents.
 */
import type { ClauseRow, MeasureRow, MinistryRow, PriorityItemRow, VersionedRow } from './models';

export interface ThemeRow extends VersionedRow {
  readonly slug: string;
  readonly nameJa: string;
  readonly nameEn: string;
  readonly terms: readonly string[];
  readonly termKeys: readonly string[];
  readonly order: number;
}

export interface ThemeMatchRow {
  readonly theme: ThemeRow;
  readonly terms: readonly string[];
}

export interface SimilarMeasureRow {
  readonly measure: MeasureRow;
  /** The neighbour's ministry (read along so its fields need no second round trip). */
  readonly ministry: MinistryRow;
  readonly score: number;
  readonly textScore: number;
  readonly sameMinistry: boolean;
  readonly sharedTerms: readonly string[];
  /** Theme ids. */
  readonly sharedThemes: readonly string[];
  readonly sharedClauses: readonly ClauseRow[];
}

/** A measure and its stored neighbours, best first (similarByMeasure.cypher). */
export interface MeasureNeighbours {
  readonly measure: MeasureRow;
  readonly neighbours: readonly SimilarMeasureRow[];
}

export interface SimilarMinistryRow {
  readonly ministry: MinistryRow;
  readonly score: number;
  readonly sharedMeasureCount: number;
  readonly sharedThemes: readonly ThemeRow[];
}

/** A node `search` can find, tagged with its GraphQL type. */
export type SearchNodeRow =
  | (MeasureRow & { readonly __typename: 'Measure' })
  | (PriorityItemRow & { readonly __typename: 'PriorityItem' })
  | (ClauseRow & { readonly __typename: 'Clause' })
  | (ThemeRow & { readonly __typename: 'Theme' });

export interface SearchHitRow {
  readonly score: number;
  readonly node: SearchNodeRow;
  readonly snippet: string;
}
