/**
 * The DataLoaders of one request, one per relation. Build them per request (`createLoaders` in the
 * context), never as module singletons: their caches must not outlive the request. Keys are uids
 * (`<version>|<id>`, src/model/ids.ts): a node of one year's report, never of another.
 */
import DataLoader from 'dataloader';
import type { Executor } from '../src/db/executor';
import { byIdsLoader } from './batch';
import type { PageWindow, RankedPage } from './pages';
import { measurePageOf, rankedPageOf, scopeKey, type MeasureFilter, type MeasurePage, type MeasureScope, type MinistryScope } from './readers';
import type { CrossRequestBatcher } from './crossRequestBatcher';
import type { ServedReports } from './servedReports';
import { runQuery, type QueryName, type QueryParams } from './queries';
import type { MeasureNeighbours, SimilarMeasureRow, ThemeMatchRow, ThemeRow } from './discoveryModels';
import type { ClauseRow, MeasureRow, MinistryRow, MinistryTree, NodeRow, PriorityItemRow, PriorityItemTree, LineageRow, MinistryYearRow } from './models';

export interface Loaders {
  readonly ministry: DataLoader<string, MinistryRow | null>;
  readonly priorityItem: DataLoader<string, PriorityItemRow | null>;
  readonly measure: DataLoader<string, MeasureRow | null>;
  readonly clause: DataLoader<string, ClauseRow | null>;
  readonly node: DataLoader<string, NodeRow | null>;
  readonly priorityItemsOfMinistry: DataLoader<string, PriorityItemRow[]>;
  /**
   * A ministry with its items, their measures and clauses, one round trip; null for an unknown id.
   * Serves `ministry(id)` and `Ministry.priorityItems` when they ask for measures (see `primeItemTrees`).
   */
  readonly ministryTree: DataLoader<string, MinistryTree | null>;
  readonly measuresOfPriorityItem: DataLoader<string, MeasureRow[]>;
  readonly clausesOfMeasure: DataLoader<string, ClauseRow[]>;
  readonly ministryOfPriorityItem: DataLoader<string, MinistryRow | null>;
  readonly priorityItemOfMeasure: DataLoader<string, PriorityItemRow | null>;
  readonly clausesOfMinistry: DataLoader<string, ClauseRow[]>;
  readonly clausesOfPriorityItem: DataLoader<string, ClauseRow[]>;
  readonly measureCountOfMinistry: DataLoader<string, number>;
  readonly parentOfClause: DataLoader<string, ClauseRow | null>;
  readonly childrenOfClause: DataLoader<string, ClauseRow[]>;
  readonly ancestorsOfClause: DataLoader<string, ClauseRow[]>;
  readonly measureCountUnderClause: DataLoader<string, number>;
  readonly theme: DataLoader<string, ThemeRow | null>;
  readonly themeMatchesOfMeasure: DataLoader<string, ThemeMatchRow[]>;
  readonly themesOfMinistry: DataLoader<string, ThemeRow[]>;
  readonly clausesOfTheme: DataLoader<string, ClauseRow[]>;
  readonly measureCountOfTheme: DataLoader<string, number>;
  /**
   * Pages of measures, one per scope (a ministry's, a clause's, a theme's…): the loader for a
   * filter and window (the same loader for the same arguments), so `Ministry.measures`,
   * `Clause.measures` or `Theme.measures` over every parent of an answer is one round trip.
   */
  measurePages(filter: MeasureFilter, window: PageWindow): DataLoader<MeasureScope, MeasurePage, string>;
  /** Pages of ministries, one per scope (a clause's, a theme's), batched like `measurePages`. */
  ministryPages(filter: { version: string; nameContains: string | null }, window: PageWindow): DataLoader<MinistryScope, RankedPage<MinistryRow & { rank: number }>, string>;
  /** What a measure or priority item continues in the loaded year before (null: new, or no year before). */
  readonly predecessor: DataLoader<string, LineageRow<MeasureRow | PriorityItemRow> | null>;
  /** What continues it in the loaded year after. */
  readonly successors: DataLoader<string, LineageRow<MeasureRow | PriorityItemRow>[]>;
  /** A ministry (public id) in every loaded year, oldest first. */
  readonly timeline: DataLoader<string, MinistryYearRow[]>;
  /** A measure and its stored neighbours (SIMILAR_TO), best first; null for an unknown id. See `primeNeighbours`. */
  readonly similarOfMeasure: DataLoader<string, MeasureNeighbours | null>;
}

/**
 * Fresh loaders over `executor` (call once per request); with a `batcher` (one per process), their
 * by-id batches may share round trips with concurrent requests'.
 */
export function createLoaders(executor: Executor, batcher?: CrossRequestBatcher, served?: ServedReports): Loaders {
  const years = yearsOf(served);
  const byIds = <V>(name: QueryName, fallback: V, extra: Record<string, unknown> = {}): DataLoader<string, V> => byIdsLoader(executor, name, fallback, extra, batcher);
  return {
    ministry: byIds('ministriesById', null),
    priorityItem: byIds('priorityItemsById', null),
    measure: byIds('measuresById', null),
    clause: byIds('clausesById', null),
    node: byIds('nodesById', null),
    priorityItemsOfMinistry: byIds('priorityItemsByMinistry', []),
    ministryTree: byIds('ministryTreesById', null),
    measuresOfPriorityItem: byIds('measuresByPriorityItem', []),
    clausesOfMeasure: byIds('clausesByMeasure', []),
    ministryOfPriorityItem: byIds('ministryByPriorityItem', null),
    priorityItemOfMeasure: byIds('priorityItemByMeasure', null),
    clausesOfMinistry: byIds('clausesByMinistry', []),
    clausesOfPriorityItem: byIds('clausesByPriorityItem', []),
    measureCountOfMinistry: byIds('measureCountByMinistry', 0),
    parentOfClause: byIds('parentByClause', null),
    childrenOfClause: byIds('childrenByClause', []),
    ancestorsOfClause: byIds('ancestorsByClause', []),
    measureCountUnderClause: byIds('measureCountByClause', 0),
    theme: byIds('themesById', null),
    themeMatchesOfMeasure: byIds('themeMatchesByMeasure', []),
    themesOfMinistry: byIds('themesByMinistry', []),
    clausesOfTheme: byIds('clausesByTheme', []),
    measureCountOfTheme: byIds('measureCountByTheme', 0),
    similarOfMeasure: byIds('similarByMeasure', null),
    predecessor: byIds('predecessorsById', null, { previous: years.previous }),
    successors: byIds('successorsById', [], { next: years.next }),
    timeline: byIds('ministryTimelines', [], { years: years.list }),
    measurePages: pagesLoader(async (scopes, args) => {
      const rows = await runQuery(executor, 'measurePages', { scopes, ...args } as QueryParams<'measurePages'>);
      return (key) => measurePageOf(rows.find((r) => r.key === key));
    }),
    ministryPages: pagesLoader(async (scopes, args) => {
      const rows = await runQuery(executor, 'ministryPages', { scopes, ...args } as QueryParams<'ministryPages'>);
      return (key) => rankedPageOf(rows.find((r) => r.key === key));
    }),
  };
}

/**
 * The served years, oldest first, and for each served version the served version of the loaded year
 * before and after it (the lineage reads follow only those).
 */
function yearsOf(served: ServedReports | undefined) {
  const reports = [...(served?.reports ?? [])].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const previous: Record<string, string | null> = {};
  const next: Record<string, string | null> = {};
  reports.forEach((r, i) => {
    previous[r.version] = reports[i - 1]?.version ?? null;
    next[r.version] = reports[i + 1]?.version ?? null;
  });
  const list = reports.map((r, i) => ({ fiscalYear: r.fiscalYear, fiscalYearJa: r.fiscalYearJa, version: r.version, previous: reports[i - 1]?.version ?? null }));
  return { previous, next, list };
}

/**
 * Page loaders: for each set of arguments (filter and window) one DataLoader whose keys are
 * scopes; a batch sends every scope, tagged with its key, in one query.
 */
function pagesLoader<A extends object, S extends object, P>(
  read: (scopes: (S & { key: string })[], args: A) => Promise<(key: string) => P>,
): (filter: object, window: PageWindow) => DataLoader<S, P, string> {
  const byArgs = new Map<string, DataLoader<S, P, string>>();
  return (filter, window) => {
    const args = { ...filter, ...window } as A;
    const argsKey = JSON.stringify(args);
    let loader = byArgs.get(argsKey);
    if (!loader) {
      loader = new DataLoader<S, P, string>(
        async (scopes) => {
          const pageOf = await read(scopes.map((s) => ({ ...s, key: scopeKey(s) })), args);
          return scopes.map((s) => pageOf(scopeKey(s)));
        },
        { cacheKeyFn: scopeKey },
      );
      byArgs.set(argsKey, loader);
    }
    return loader;
  };
}

/**
 * Primes this request's loaders with item trees (the measures of each item, the clauses of each
 * measure), so the resolvers below find them without a round trip; returns the items.
 */
export function primeItemTrees(loaders: Loaders, trees: readonly PriorityItemTree[]): PriorityItemRow[] {
  for (const { item, measures } of trees) {
    loaders.measuresOfPriorityItem.prime(item.uid, measures.map((m) => m.measure));
    for (const { measure, clauses } of measures) loaders.clausesOfMeasure.prime(measure.uid, clauses);
  }
  return trees.map((t) => t.item);
}

/** Primes this request's loaders with the item and ministry of each measure of a page; returns the page. */
export function primeMeasurePage<P extends MeasurePage>(loaders: Loaders, page: P): P {
  page.nodes.forEach((measure, i) => {
    loaders.priorityItemOfMeasure.prime(measure.uid, page.priorityItems[i]);
    loaders.ministry.prime(page.ministries[i].uid, page.ministries[i]);
  });
  return page;
}

/** Primes this request's loaders with a measure and its neighbours' ministries; returns the neighbours. */
export function primeNeighbours(loaders: Loaders, found: MeasureNeighbours): readonly SimilarMeasureRow[] {
  loaders.measure.prime(found.measure.uid, found.measure);
  for (const n of found.neighbours) loaders.ministry.prime(n.ministry.uid, n.ministry);
  return found.neighbours;
}
