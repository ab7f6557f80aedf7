/**
 * The DataLoaders of one request, one per relation. Build them per request (`createLoaders` in the
 * context), never as module singletons: their caches must not outlive the request.
 */
import DataLoader from 'dataloader';
import type { Executor } from '../src/db/executor';
import { byIdsLoader } from './batch';
import { measurePageOf, type MeasureFilter, type MeasurePage, type PageWindow } from './readers';
import { runQuery } from './queries';
import type { MeasureNeighbours, SimilarMeasureRow, ThemeMatchRow, ThemeRow } from './discoveryModels';
import type { ClauseRow, MeasureRow, MinistryRow, MinistryTree, NodeRow, PriorityItemRow, PriorityItemTree } from './models';

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
  /** Measures under exactly this clause. */
  readonly measuresAtClause: DataLoader<string, MeasureRow[]>;
  /** Measures under this clause or a clause below it. */
  readonly measuresUnderClause: DataLoader<string, MeasureRow[]>;
  readonly ministriesAtClause: DataLoader<string, MinistryRow[]>;
  readonly ministriesUnderClause: DataLoader<string, MinistryRow[]>;
  readonly measureCountUnderClause: DataLoader<string, number>;
  readonly theme: DataLoader<string, ThemeRow | null>;
  readonly themeMatchesOfMeasure: DataLoader<string, ThemeMatchRow[]>;
  readonly themesOfMinistry: DataLoader<string, ThemeRow[]>;
  readonly measuresOfTheme: DataLoader<string, MeasureRow[]>;
  readonly ministriesOfTheme: DataLoader<string, MinistryRow[]>;
  readonly clausesOfTheme: DataLoader<string, ClauseRow[]>;
  readonly measureCountOfTheme: DataLoader<string, number>;
  /**
   * One filtered page of each ministry's measures: the loader for a filter and window (the same
   * loader for the same arguments), keyed by ministry id, so `Ministry.measures(where)` over every
   * ministry of an answer is one round trip.
   */
  measurePagesOfMinistry(filter: Omit<MeasureFilter, 'ministryId'>, window: PageWindow): DataLoader<string, MeasurePage>;
  /** A measure and its stored neighbours (SIMILAR_TO), best first; null for an unknown id. See `primeNeighbours`. */
  readonly similarOfMeasure: DataLoader<string, MeasureNeighbours | null>;
}

/** Fresh loaders over `executor` (call once per request). */
export function createLoaders(executor: Executor): Loaders {
  const measurePages = new Map<string, DataLoader<string, MeasurePage>>();
  return {
    ministry: byIdsLoader(executor, 'ministriesById', null),
    priorityItem: byIdsLoader(executor, 'priorityItemsById', null),
    measure: byIdsLoader(executor, 'measuresById', null),
    clause: byIdsLoader(executor, 'clausesById', null),
    node: byIdsLoader(executor, 'nodesById', null),
    priorityItemsOfMinistry: byIdsLoader(executor, 'priorityItemsByMinistry', []),
    ministryTree: byIdsLoader(executor, 'ministryTreesById', null),
    measuresOfPriorityItem: byIdsLoader(executor, 'measuresByPriorityItem', []),
    clausesOfMeasure: byIdsLoader(executor, 'clausesByMeasure', []),
    ministryOfPriorityItem: byIdsLoader(executor, 'ministryByPriorityItem', null),
    priorityItemOfMeasure: byIdsLoader(executor, 'priorityItemByMeasure', null),
    clausesOfMinistry: byIdsLoader(executor, 'clausesByMinistry', []),
    clausesOfPriorityItem: byIdsLoader(executor, 'clausesByPriorityItem', []),
    measureCountOfMinistry: byIdsLoader(executor, 'measureCountByMinistry', 0),
    parentOfClause: byIdsLoader(executor, 'parentByClause', null),
    childrenOfClause: byIdsLoader(executor, 'childrenByClause', []),
    ancestorsOfClause: byIdsLoader(executor, 'ancestorsByClause', []),
    measuresAtClause: byIdsLoader(executor, 'measuresByClause', [], { includeDescendants: false }),
    measuresUnderClause: byIdsLoader(executor, 'measuresByClause', [], { includeDescendants: true }),
    ministriesAtClause: byIdsLoader(executor, 'ministriesByClause', [], { includeDescendants: false }),
    ministriesUnderClause: byIdsLoader(executor, 'ministriesByClause', [], { includeDescendants: true }),
    measureCountUnderClause: byIdsLoader(executor, 'measureCountByClause', 0),
    theme: byIdsLoader(executor, 'themesById', null),
    themeMatchesOfMeasure: byIdsLoader(executor, 'themeMatchesByMeasure', []),
    themesOfMinistry: byIdsLoader(executor, 'themesByMinistry', []),
    measuresOfTheme: byIdsLoader(executor, 'measuresByTheme', []),
    ministriesOfTheme: byIdsLoader(executor, 'ministriesByTheme', []),
    clausesOfTheme: byIdsLoader(executor, 'clausesByTheme', []),
    measureCountOfTheme: byIdsLoader(executor, 'measureCountByTheme', 0),
    similarOfMeasure: byIdsLoader(executor, 'similarByMeasure', null),
    measurePagesOfMinistry(filter, window) {
      const key = JSON.stringify([filter, window]);
      let loader = measurePages.get(key);
      if (!loader) {
        loader = new DataLoader<string, MeasurePage>(async (ministryIds) => {
          const rows = await runQuery(executor, 'measures', { ...filter, ...window, ministryIds });
          const byMinistry = new Map(rows.map((row) => [String(row.ministryId), row]));
          return ministryIds.map((id) => measurePageOf(byMinistry.get(id)));
        });
        measurePages.set(key, loader);
      }
      return loader;
    },
  };
}

/**
 * Primes this request's loaders with item trees (the measures of each item, the clauses of each
 * measure), so the resolvers below find them without a round trip; returns the items.
 */
export function primeItemTrees(loaders: Loaders, trees: readonly PriorityItemTree[]): PriorityItemRow[] {
  for (const { item, measures } of trees) {
    loaders.measuresOfPriorityItem.prime(item.id, measures.map((m) => m.measure));
    for (const { measure, clauses } of measures) loaders.clausesOfMeasure.prime(measure.id, clauses);
  }
  return trees.map((t) => t.item);
}

/** Primes this request's loaders with the item and ministry of each measure of a page; returns the page. */
export function primeMeasurePage<P extends MeasurePage>(loaders: Loaders, page: P): P {
  page.nodes.forEach((measure, i) => {
    loaders.priorityItemOfMeasure.prime(measure.id, page.priorityItems[i]);
    loaders.ministry.prime(page.ministries[i].id, page.ministries[i]);
  });
  return page;
}

/** Primes this request's loaders with a measure and its neighbours' ministries; returns the neighbours. */
export function primeNeighbours(loaders: Loaders, found: MeasureNeighbours): readonly SimilarMeasureRow[] {
  loaders.measure.prime(found.measure.id, found.measure);
  for (const n of found.neighbours) loaders.ministry.prime(n.ministry.id, n.ministry);
  return found.neighbours;
}
