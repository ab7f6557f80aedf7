/**
 * Root-query reads: each runs one query file once and shapes its rows. Arguments arrive validated
 * (windows, canonical clause uids, the version of the year asked for) from the resolvers.
 */
import type { Executor } from '../src/db/executor';
import type { PageWindow, RankedPage } from './pages';
import type { ChangeCountsRow, ChangeRow, ClauseKind, ClauseRow, MeasureRow, MeasureStatus, MinistryRow, PriorityItemRow } from './models';
import { runQuery } from './queries';

/** A page of measures, with the priority item and ministry of each (same positions as `nodes`). */
export interface MeasurePage extends RankedPage<MeasureRow & { rank: number }> {
  readonly priorityItems: PriorityItemRow[];
  readonly ministries: MinistryRow[];
}

/**
 * Which measures a page lists: those reached from its `anchor` (a priority item, ministry, clause
 * or theme, by uid; or every measure of `version`) that also satisfy the scope's other fields.
 */
export interface MeasureScope {
  readonly anchor: 'item' | 'ministry' | 'clause' | 'theme' | 'all';
  readonly itemUid: string | null;
  readonly itemId: string | null;
  readonly ministryUid: string | null;
  readonly ministryId: string | null;
  readonly clauseUid: string | null;
  readonly includeDescendants: boolean;
  readonly themeUid: string | null;
}

/** Filters every scope of a batch shares. */
export interface MeasureFilter {
  readonly version: string;
  readonly status: MeasureStatus | null;
  /** Already compacted (NFKC, white space removed). */
  readonly textContains: string | null;
}

/** Which ministries a page lists: those of a clause or theme (uids), or every ministry of the version. */
export interface MinistryScope {
  readonly anchor: 'clause' | 'theme' | 'all';
  readonly clauseUid: string | null;
  readonly includeDescendants: boolean;
  readonly themeUid: string | null;
}

export interface MinistryAtClauseRow {
  readonly rank: number;
  readonly ministry: MinistryRow & { rank: number };
  readonly measures: MeasureRow[];
  readonly clauses: ClauseRow[];
}

type Ranked<T> = T & { rank: number };

export type FacetDimension = 'MINISTRY' | 'CLAUSE_SECTION' | 'CLAUSE' | 'THEME' | 'STATUS' | 'FISCAL_YEAR';

/** What facets count (null: no filter). */
export interface FacetFilter {
  readonly versions: readonly string[];
  readonly ministryIds: readonly string[] | null;
  /** A guideline clause id (`clause/<path>`): measures under it or below it. */
  readonly clauseId: string | null;
  readonly themeIds: readonly string[] | null;
  readonly statuses: readonly MeasureStatus[] | null;
}

/** A value of a dimension as facets.cypher returns it (null: the dimension was not asked). */
export interface FacetValueRow {
  readonly key: string | null;
  readonly label?: string | null;
  /** Where the value sorts (report order, clause rank, taxonomy order, year). */
  readonly sort?: number | null;
}

/** One cell: a value per dimension (by dimension) and its count. */
export interface FacetRow {
  readonly count: number;
  readonly values: Readonly<Record<FacetDimension, FacetValueRow | null>>;
}

export interface Readers {
  measures(scope: MeasureScope, filter: MeasureFilter, window: PageWindow): Promise<MeasurePage>;
  ministries(scope: MinistryScope, filter: { version: string; nameContains: string | null }, window: PageWindow): Promise<RankedPage<Ranked<MinistryRow>>>;
  priorityItems(filter: { version: string; ministryId: string | null; titleContains: string | null }, window: PageWindow): Promise<RankedPage<Ranked<PriorityItemRow>>>;
  clauses(filter: { version: string; kind: ClauseKind | null; level: number | null; underClauseUid: string | null }, window: PageWindow): Promise<RankedPage<Ranked<ClauseRow>>>;
  clauseRoots(version: string): Promise<ClauseRow[]>;
  /** Ministries at a clause, a page of them after `window.afterRank` (`rows` may hold limit + 1). */
  ministriesSharingClause(clauseUid: string, includeDescendants: boolean, window: PageWindow): Promise<{ totalCount: number; rows: MinistryAtClauseRow[] }>;
  sharedClauses(version: string, ministryIds: readonly string[], includeDescendants: boolean): Promise<ClauseRow[]>;
  graphCounts(versions: readonly string[]): Promise<{ kind: 'node' | 'edge'; type: string; count: number }[]>;
  /**
   * The changes of measures or priority items between two adjacent years' versions (see
   * cypher/read/reportDiff.cypher): counts by kind, and a page of entries of `kinds` after `afterSort`.
   */
  reportDiff(
    scope: { nodes: 'Measure' | 'PriorityItem'; fromVersion: string; toVersion: string; ministryId: string | null },
    kinds: readonly string[] | null,
    window: { afterSort: number; limit: number },
  ): Promise<{ counts: ChangeCountsRow; totalCount: number; entries: ChangeRow<MeasureRow | PriorityItemRow>[] }>;
  /** Up to `limit + 1` cells and the number of distinct measures matched (see cypher/read/facets.cypher). */
  facets(dimensions: readonly FacetDimension[], filter: FacetFilter, limit: number): Promise<{ measureCount: number; rows: FacetRow[] }>;
}

/** The scope key of a page row, and the scope map the query takes (every field present). */
export const scopeKey = (scope: object): string => JSON.stringify(scope);

/** A row of read/measurePages as a page; no row is an empty page. */
export function measurePageOf(row: Record<string, unknown> | undefined): MeasurePage {
  return {
    totalCount: Number(row?.totalCount ?? 0),
    nodes: (row?.nodes ?? []) as Ranked<MeasureRow>[],
    priorityItems: (row?.priorityItems ?? []) as PriorityItemRow[],
    ministries: (row?.ministries ?? []) as MinistryRow[],
  };
}

/** A row of a page query (`totalCount`, `nodes`) as a page. */
export function rankedPageOf<T>(row: Record<string, unknown> | undefined): RankedPage<T> {
  return { totalCount: Number(row?.totalCount ?? 0), nodes: (row?.nodes ?? []) as T[] };
}

/** Readers over `executor`. */
export function createReaders(executor: Executor): Readers {
  return {
    async measures(scope, filter, window) {
      const rows = await runQuery(executor, 'measurePages', { scopes: [{ ...scope, key: scopeKey(scope) }], ...filter, ...window });
      return measurePageOf(rows[0]);
    },
    async ministries(scope, filter, window) {
      const rows = await runQuery(executor, 'ministryPages', { scopes: [{ ...scope, key: scopeKey(scope) }], ...filter, ...window });
      return rankedPageOf(rows[0]);
    },
    async priorityItems(filter, window) {
      return rankedPageOf((await runQuery(executor, 'priorityItems', { ...filter, ...window }))[0]);
    },
    async clauses(filter, window) {
      return rankedPageOf((await runQuery(executor, 'clauses', { ...filter, ...window }))[0]);
    },
    async clauseRoots(version) {
      return (await runQuery(executor, 'clauseRoots', { version })).map((r) => r.clause as ClauseRow);
    },
    async ministriesSharingClause(clauseUid, includeDescendants, window) {
      const [row] = await runQuery(executor, 'ministriesSharingClause', { clauseUid, includeDescendants, ...window });
      return { totalCount: Number(row?.totalCount ?? 0), rows: (row?.rows ?? []) as MinistryAtClauseRow[] };
    },
    async sharedClauses(version, ministryIds, includeDescendants) {
      return (await runQuery(executor, 'sharedClauses', { version, ministryIds, includeDescendants })).map((r) => r.clause as ClauseRow);
    },
    async reportDiff(scope, kinds, window) {
      const [row] = await runQuery(executor, 'reportDiff', { ...scope, lineageUid: `${scope.fromVersion}>${scope.toVersion}`, kinds, ...window });
      return {
        counts: row.counts as ChangeCountsRow,
        totalCount: Number(row.totalCount ?? 0),
        entries: (row.entries ?? []) as ChangeRow<MeasureRow | PriorityItemRow>[],
      };
    },
    async facets(dimensions, filter, limit) {
      const rows = await runQuery(executor, 'facets', { ...filter, dimensions, limit });
      return {
        measureCount: Number(rows[0]?.measureCount ?? 0),
        rows: rows.map((r) => ({
          count: Number(r.count),
          values: {
            MINISTRY: r.ministry as FacetValueRow | null,
            CLAUSE_SECTION: r.section as FacetValueRow | null,
            CLAUSE: r.clause as FacetValueRow | null,
            THEME: r.theme as FacetValueRow | null,
            STATUS: r.status as FacetValueRow | null,
            FISCAL_YEAR: r.year as FacetValueRow | null,
          },
        })),
      };
    },
    async graphCounts(versions) {
      return (await runQuery(executor, 'graphCounts', { versions })).map((r) => ({
        kind: r.kind === 'node' ? 'node' : 'edge',
        type: String(r.type),
        count: Number(r.count),
      }));
    },
  };
}
