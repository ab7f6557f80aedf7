/**
 * Ministry fields and the ministry root queries.
 */
import { primeItemTrees, primeMeasurePage } from '../../loaders';
import type { MinistryResolvers, QueryResolvers } from '../generated/graphql';
import { guidelineClauseId, uidOf } from '../model/ids';
import { badUserInput, notFound } from '../server/errors';
import { canonicalClausePath } from './clausePath';
import { reportFor, uidIn } from './fiscalYear';
import { selects, selectsPath } from './lookahead';
import { measureFilter, measureScope } from './measureWhere';
import { measureWindow, ministryWindow, toConnection } from './pages';

export const Ministry: MinistryResolvers = {
  // Asked for the items' measures too: fetch items, measures and clauses in one round trip.
  priorityItems: async (m, _args, { loaders }, info) =>
    selects(info, 'measures') ? primeItemTrees(loaders, (await loaders.ministryTree.load(m.uid))?.items ?? []) : loaders.priorityItemsOfMinistry.load(m.uid),
  // One batch for every ministry of the answer that asks with the same arguments.
  measures: async (m, { where, first, after }, ctx) => {
    const window = await measureWindow(ctx, first, after, m.version);
    const scope = measureScope(m.version, { ...where, ministryId: m.id }, { anchor: 'ministry', ministryUid: m.uid });
    return toConnection(primeMeasurePage(ctx.loaders, await ctx.loaders.measurePages(measureFilter(m.version, where), window).load(scope)), window);
  },
  clauses: (m, _args, { loaders }) => loaders.clausesOfMinistry.load(m.uid),
  measureCount: (m, _args, { loaders }) => loaders.measureCountOfMinistry.load(m.uid),
};

export const ministryQueries: QueryResolvers = {
  ministries: async (_root, { where, first, after, fiscalYear }, ctx) => {
    const { version } = reportFor(ctx.served, fiscalYear);
    const window = await ministryWindow(ctx, first, after, version);
    const scope = { anchor: 'all', clauseUid: null, includeDescendants: true, themeUid: null } as const;
    return toConnection(await ctx.readers.ministries(scope, { version, nameContains: where?.nameContains ?? null }, window), window);
  },

  // Asked for its items' measures too: the ministry and its item trees in one round trip.
  // (Ministry.priorityItems then finds the tree in the same loader.)
  ministry: async (_root, { id, fiscalYear }, { loaders, served }, info) => {
    const uid = uidIn(served, fiscalYear, id);
    if (!selectsPath(info, ['priorityItems', 'measures'])) return loaders.ministry.load(uid);
    const tree = await loaders.ministryTree.load(uid);
    if (tree) loaders.ministry.prime(uid, tree.ministry);
    return tree?.ministry ?? null;
  },

  ministriesSharingClause: async (_root, { path, includeDescendants, minMinistries, first, after, fiscalYear }, ctx) => {
    const canonical = canonicalClausePath(path);
    const min = minMinistries ?? 1;
    if (min < 1) throw badUserInput(`minMinistries must be at least 1; got ${min}`, 'minMinistries');
    const { version } = reportFor(ctx.served, fiscalYear);
    const clauseUid = uidOf(version, guidelineClauseId(canonical));
    const window = await ministryWindow(ctx, first, after, version);
    const found = await ctx.readers.ministriesSharingClause(clauseUid, includeDescendants ?? true, window);
    // Rows prove the clause exists; only an empty answer needs the second look (unknown path or none).
    if (found.totalCount === 0 && (await ctx.loaders.clause.load(clauseUid)) === null) {
      throw notFound(`no guideline clause has the path ${canonical} (from ${JSON.stringify(path)}) in the report of ${fiscalYearText(ctx, version)}; list them with clauses or clauseTree`);
    }
    if (found.totalCount < min) return toConnection({ totalCount: 0, nodes: [] }, window);
    const rows = found.rows.map((row) => ({ ...row, id: row.ministry.id, version: row.ministry.version }));
    return toConnection({ totalCount: found.totalCount, nodes: rows }, window);
  },
};

function fiscalYearText(ctx: { served: { reports: readonly { version: string; fiscalYear: number; fiscalYearJa: string }[] } }, version: string): string {
  const report = ctx.served.reports.find((r) => r.version === version);
  return report ? `${report.fiscalYear} (${report.fiscalYearJa})` : version;
}
