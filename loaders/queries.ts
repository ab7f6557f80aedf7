/**
 * Every read query the API runs, with the `$parameters` its file uses. Code runs queries only
 * through `runQuery`, whose parameter object is typed from this table, so a parameter cannot be
 * forgotten; tests/unit/cypherParams.test.ts checks the table against the .cypher files.
 */
import type { Reader, Row } from '../src/db/executor';

export const QUERIES = {
  ministriesById: ['ids'],
  priorityItemsById: ['ids'],
  measuresById: ['ids'],
  clausesById: ['ids'],
  nodesById: ['ids'],
  priorityItemsByMinistry: ['ids'],
  ministryTreesById: ['ids'],
  measuresByPriorityItem: ['ids'],
  clausesByMeasure: ['ids'],
  ministryByPriorityItem: ['ids'],
  priorityItemByMeasure: ['ids'],
  clausesByMinistry: ['ids'],
  clausesByPriorityItem: ['ids'],
  measureCountByMinistry: ['ids'],
  parentByClause: ['ids'],
  childrenByClause: ['ids'],
  ancestorsByClause: ['ids'],
  measuresByClause: ['ids', 'includeDescendants'],
  ministriesByClause: ['ids', 'includeDescendants'],
  measureCountByClause: ['ids'],
  ministries: ['nameContains', 'offset', 'limit'],
  priorityItems: ['ministryId', 'titleContains', 'offset', 'limit'],
  measures: ['ministryIds', 'priorityItemId', 'clauseId', 'includeDescendants', 'status', 'textContains', 'themeId', 'offset', 'limit'],
  clauses: ['kind', 'level', 'underClauseId'],
  clauseRoots: [],
  ministriesSharingClause: ['clauseId', 'includeDescendants'],
  sharedClauses: ['ministryIds', 'includeDescendants'],
  graphCounts: [],
  reports: [],
  reportCount: [],
  graphSeedsAndHop: ['ministryIds', 'measureIds', 'clauseIds', 'themeIds', 'nodeIds', 'types', 'edgeTypes', 'limit', 'depth', 'withData'],
  graphAllNodes: ['types', 'limit', 'withData'],
  graphHop: ['frontier', 'seen', 'types', 'edgeTypes', 'limit', 'withData', 'withEdges'],
  themesById: ['ids'],
  themes: [],
  themeMatchesByMeasure: ['ids'],
  themesByMinistry: ['ids'],
  measuresByTheme: ['ids'],
  ministriesByTheme: ['ids'],
  clausesByTheme: ['ids'],
  measureCountByTheme: ['ids'],
  similarByMeasure: ['ids'],
  similarMinistries: ['ministryId', 'limit'],
  search: ['indexes', 'lucene', 'limit', 'withThemes', 'queryKey'],
} as const satisfies Record<string, readonly string[]>;

export type QueryName = keyof typeof QUERIES;

/** The parameters of a query: every name its file uses, each given (null for "no filter"). */
export type QueryParams<Q extends QueryName> = { readonly [P in (typeof QUERIES)[Q][number]]: unknown };

/** The registry name of a query's file. */
export function queryFile(name: QueryName): string {
  return `read/${name}`;
}

/** Runs a read query with exactly its parameters. */
export function runQuery<Q extends QueryName>(reader: Reader, name: Q, params: QueryParams<Q>): Promise<Row[]> {
  return reader.read(queryFile(name), params as Row);
}
