/**
 * Clause fields and the clause root queries.
 */
import { primeMeasurePage } from '../../loaders';
import type { ClauseResolvers, QueryResolvers } from '../generated/graphql';
import { uidOf } from '../model/ids';
import { badUserInput, notFound } from '../server/errors';
import { guidelineClauseIdOf } from './clausePath';
import { reportFor, uidIn } from './fiscalYear';
import { measureFilter, measureScope } from './measureWhere';
import { clauseWindow, measureWindow, ministryWindow, toConnection } from './pages';

export const Clause: ClauseResolvers = {
  titleVariants: (c) => [...(c.titleVariants ?? [])],
  parent: (c, _args, { loaders }) => loaders.parentOfClause.load(c.uid),
  children: (c, _args, { loaders }) => loaders.childrenOfClause.load(c.uid),
  ancestors: (c, _args, { loaders }) => loaders.ancestorsOfClause.load(c.uid),
  measures: async (c, { includeDescendants, first, after }, ctx) => {
    const window = await measureWindow(ctx, first, after, c.version);
    const scope = measureScope(c.version, null, { anchor: 'clause', clauseUid: c.uid, includeDescendants: includeDescendants ?? true });
    return toConnection(primeMeasurePage(ctx.loaders, await ctx.loaders.measurePages(measureFilter(c.version, null), window).load(scope)), window);
  },
  ministries: async (c, { includeDescendants, first, after }, ctx) => {
    const window = await ministryWindow(ctx, first, after, c.version);
    const scope = { anchor: 'clause', clauseUid: c.uid, includeDescendants: includeDescendants ?? true, themeUid: null } as const;
    return toConnection(await ctx.loaders.ministryPages({ version: c.version, nameContains: null }, window).load(scope), window);
  },
  measureCount: (c, _args, { loaders }) => loaders.measureCountUnderClause.load(c.uid),
};

export const clauseQueries: QueryResolvers = {
  clause: (_root, { path, fiscalYear }, { loaders, served }) => loaders.clause.load(uidIn(served, fiscalYear, guidelineClauseIdOf(path))),

  clauses: async (_root, { where, first, after, fiscalYear }, ctx) => {
    const { version } = reportFor(ctx.served, fiscalYear);
    const window = await clauseWindow(ctx, first, after, version);
    const filter = {
      version,
      kind: where?.kind ?? null,
      level: where?.level ?? null,
      underClauseUid: where?.underPath == null ? null : uidOf(version, guidelineClauseIdOf(where.underPath, 'where.underPath')),
    };
    return toConnection(await ctx.readers.clauses(filter, window), window);
  },

  clauseTree: (_root, { fiscalYear }, { readers, served }) => readers.clauseRoots(reportFor(served, fiscalYear).version),

  sharedClauses: async (_root, { ministryIds, includeDescendants, fiscalYear }, { loaders, readers, served }) => {
    const ids = [...new Set(ministryIds)];
    if (ids.length === 0) throw badUserInput('ministryIds must name at least one ministry id such as "cabinet-office"; got []', 'ministryIds');
    const { version } = reportFor(served, fiscalYear);
    const found = await loaders.ministry.loadMany(ids.map((id) => uidOf(version, id)));
    const unknown = ids.filter((_, i) => found[i] === null || found[i] instanceof Error);
    if (unknown.length > 0) {
      throw notFound(`ministryIds must be ministry ids such as "cabinet-office" (see ministries); unknown: ${unknown.join(', ')}`);
    }
    return readers.sharedClauses(version, ids, includeDescendants ?? false);
  },
};
