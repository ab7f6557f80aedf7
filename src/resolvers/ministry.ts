/**
 * Ministry fields and the ministry root queries.
 */
import { primeItemTrees, primeMeasurePage } from '../../loaders';
import type { MinistryResolvers, QueryResolvers } from '../generated/graphql';
import { guidelineClauseId } from '../ingest/writeGraph';
import { badUserInput, notFound } from '../server/errors';
import { canonicalClausePath } from './clausePath';
import { selects, selectsPath } from './lookahead';
import { measureFilter } from './measureWhere';
import { pageWindow, toConnection } from './pagination';

export const Ministry: MinistryResolvers = {
  // Asked for the items' measures too: fetch items, measures and clauses in one round trip.
  priorityItems: async (m, _args, { loaders }, info) =>
    selects(info, 'measures') ? primeItemTrees(loaders, (await loaders.ministryTree.load(m.id))?.items ?? []) : loaders.priorityItemsOfMinistry.load(m.id),
  // One batch for every ministry of the answer that asks with the same arguments.
  measures: async (m, { where, first, after }, { loaders }) => {
    const window = pageWindow(first, after);
    const { ministryId: _ignored, ...filter } = measureFilter(where);
    return toConnection(primeMeasurePage(loaders, await loaders.measurePagesOfMinistry(filter, window).load(m.id)), window);
  },
  clauses: (m, _args, { loaders }) => loaders.clausesOfMinistry.load(m.id),
  measureCount: (m, _args, { loaders }) => loaders.measureCountOfMinistry.load(m.id),
};

export const ministryQueries: QueryResolvers = {
  ministries: async (_root, { where, first, after }, { readers }) => {
    const window = pageWindow(first, after);
    return toConnection(await readers.ministries({ nameContains: where?.nameContains ?? null }, window), window);
  },

  // Asked for its items' measures too: the ministry and its item trees in one round trip.
  // (Ministry.priorityItems then finds the tree in the same loader.)
  ministry: async (_root, { id }, { loaders }, info) => {
    if (!selectsPath(info, ['priorityItems', 'measures'])) return loaders.ministry.load(id);
    const tree = await loaders.ministryTree.load(id);
    if (tree) loaders.ministry.prime(id, tree.ministry);
    return tree?.ministry ?? null;
  },

  ministriesSharingClause: async (_root, { path, includeDescendants, minMinistries }, { loaders, readers }) => {
    const canonical = canonicalClausePath(path);
    const min = minMinistries ?? 1;
    if (min < 1) throw badUserInput(`minMinistries must be at least 1; got ${min}`, 'minMinistries');
    const clauseId = guidelineClauseId(canonical);
    const rows = await readers.ministriesSharingClause(clauseId, includeDescendants ?? true);
    // Rows prove the clause exists; only an empty answer needs the second look (unknown path or none).
    if (rows.length === 0 && (await loaders.clause.load(clauseId)) === null) {
      throw notFound(`no guideline clause has the path ${canonical} (from ${JSON.stringify(path)}); list them with clauses or clauseTree`);
    }
    return rows.length >= min ? rows : [];
  },
};
