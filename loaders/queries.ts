/**
 * Every read query the API runs, with the `$parameters` its file uses. Code runs queries only
 * through `runQuery`, whose parameter object is typed from this table, so a parameter cannot be
 * forgotten; tests/unit/cypherParams.test.ts checks the table against the .cypher files.
 */
import type { Reader, Row } from '../src/db/executor';

export const QUERIES = {
  // DataLoader batches: $ids are uids (<version>|<id>, src/model/ids.ts).
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
  measureCountByClause: ['ids'],
  themesById: ['ids'],
  themeMatchesByMeasure: ['ids'],
  themesByMinistry: ['ids'],
  clausesByTheme: ['ids'],
  measureCountByTheme: ['ids'],
  similarByMeasure: ['ids'],
  // Lineage across years: $previous / $next map each served version to the served version of the
  // loaded year before / after; $years lists the served years, oldest first.
  predecessorsById: ['ids', 'previous'],
  successorsById: ['ids', 'next'],
  ministryTimelines: ['ids', 'years'],
  // Pages: one per scope of a DataLoader batch, or the root query's one scope.
  measurePages: ['scopes', 'version', 'status', 'textContains', 'afterRank', 'limit'],
  ministryPages: ['scopes', 'version', 'nameContains', 'afterRank', 'limit'],
  // Root reads of one year's report ($version).
  priorityItems: ['version', 'ministryId', 'titleContains', 'afterRank', 'limit'],
  clauses: ['version', 'kind', 'level', 'underClauseUid', 'afterRank', 'limit'],
  clauseRoots: ['version'],
  ministriesSharingClause: ['clauseUid', 'includeDescendants', 'afterRank', 'limit'],
  sharedClauses: ['version', 'ministryIds', 'includeDescendants'],
  graphSeedsAndHop: ['version', 'ministryIds', 'measureIds', 'clauseIds', 'themeIds', 'nodeIds', 'types', 'edgeTypes', 'limit', 'depth', 'withData'],
  graphAllNodes: ['version', 'types', 'limit', 'withData'],
  graphHop: ['version', 'frontier', 'seen', 'types', 'edgeTypes', 'limit', 'withData', 'withEdges'],
  themes: ['version'],
  similarMinistries: ['ministryUid', 'limit'],
  search: ['version', 'indexes', 'lucene', 'limit', 'withThemes', 'queryKey'],
  reportDiff: ['nodes', 'fromVersion', 'toVersion', 'lineageUid', 'ministryId', 'kinds', 'afterSort', 'limit'],
  facets: ['versions', 'dimensions', 'ministryIds', 'clauseId', 'themeIds', 'statuses', 'limit'],
  // The loaded reports and what they hold.
  reportVersions: [],
  graphCounts: ['versions'],
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
