/**
 * Root-query reads: each runs one query file once and shapes its rows. Arguments arrive validated
 * (offsets, limits, canonical clause ids) from the resolvers.
 */
import type { Executor } from '../src/db/executor';
import type { ClauseKind, ClauseRow, MeasureRow, MeasureStatus, MinistryRow, PriorityItemRow, ReportRow } from './models';
import { runQuery } from './queries';

/** One page of a list and the list's size. */
export interface Page<T> {
  readonly totalCount: number;
  readonly nodes: T[];
}

/** A page of measures, with the priority item and ministry of each (same positions as `nodes`). */
export interface MeasurePage extends Page<MeasureRow> {
  readonly priorityItems: PriorityItemRow[];
  readonly ministries: MinistryRow[];
}

export interface PageWindow {
  readonly offset: number;
  readonly limit: number;
}

export interface MeasureFilter {
  readonly ministryId: string | null;
  readonly priorityItemId: string | null;
  /** "clause/<canonical path>" or null. */
  readonly clauseId: string | null;
  readonly includeDescendants: boolean;
  readonly status: MeasureStatus | null;
  /** Already compacted (NFKC, white space removed). */
  readonly textContains: string | null;
  /** "theme/<slug>" or null. */
  readonly themeId: string | null;
}

export interface MinistryAtClauseRow {
  readonly ministry: MinistryRow;
  readonly measures: MeasureRow[];
  readonly clauses: ClauseRow[];
}

export interface Readers {
  ministries(filter: { nameContains: string | null }, window: PageWindow): Promise<Page<MinistryRow>>;
  priorityItems(filter: { ministryId: string | null; titleContains: string | null }, window: PageWindow): Promise<Page<PriorityItemRow>>;
  measures(filter: MeasureFilter, window: PageWindow): Promise<MeasurePage>;
  clauses(filter: { kind: ClauseKind | null; level: number | null; underClauseId: string | null }): Promise<ClauseRow[]>;
  clauseRoots(): Promise<ClauseRow[]>;
  ministriesSharingClause(clauseId: string, includeDescendants: boolean): Promise<MinistryAtClauseRow[]>;
  sharedClauses(ministryIds: readonly string[], includeDescendants: boolean): Promise<ClauseRow[]>;
  graphCounts(): Promise<{ kind: 'node' | 'edge'; type: string; count: number }[]>;
  reports(): Promise<ReportRow[]>;
  reportCount(): Promise<number>;
}

/** A row of read/measures as a page; no row (no match in that ministry) is an empty page. */
export function measurePageOf(row: Record<string, unknown> | undefined): MeasurePage {
  return {
    totalCount: Number(row?.totalCount ?? 0),
    nodes: (row?.nodes ?? []) as MeasureRow[],
    priorityItems: (row?.priorityItems ?? []) as PriorityItemRow[],
    ministries: (row?.ministries ?? []) as MinistryRow[],
  };
}

/** Readers over `executor`. */
export function createReaders(executor: Executor): Readers {
  const page = <T>(rows: Record<string, unknown>[]): Page<T> => ({
    totalCount: Number(rows[0]?.totalCount ?? 0),
    nodes: (rows[0]?.nodes ?? []) as T[],
  });
  return {
    async ministries(filter, window) {
      return page(await runQuery(executor, 'ministries', { ...filter, ...window }));
    },
    async priorityItems(filter, window) {
      return page(await runQuery(executor, 'priorityItems', { ...filter, ...window }));
    },
    async measures({ ministryId, ...filter }, window) {
      const rows = await runQuery(executor, 'measures', { ...filter, ministryIds: ministryId === null ? null : [ministryId], ...window });
      return measurePageOf(rows[0]);
    },
    async clauses(filter) {
      return (await runQuery(executor, 'clauses', filter)).map((r) => r.clause as ClauseRow);
    },
    async clauseRoots() {
      return (await runQuery(executor, 'clauseRoots', {})).map((r) => r.clause as ClauseRow);
    },
    async ministriesSharingClause(clauseId, includeDescendants) {
      return (await runQuery(executor, 'ministriesSharingClause', { clauseId, includeDescendants })) as unknown as MinistryAtClauseRow[];
    },
    async sharedClauses(ministryIds, includeDescendants) {
      return (await runQuery(executor, 'sharedClauses', { ministryIds, includeDescendants })).map((r) => r.clause as ClauseRow);
    },
    async graphCounts() {
      return (await runQuery(executor, 'graphCounts', {})).map((r) => ({
        kind: r.kind === 'node' ? 'node' : 'edge',
        type: String(r.type),
        count: Number(r.count),
      }));
    },
    async reports() {
      return (await runQuery(executor, 'reports', {})).map((r) => r.report as ReportRow);
    },
    async reportCount() {
      return Number((await runQuery(executor, 'reportCount', {}))[0]?.reports ?? 0);
    },
  };
}
