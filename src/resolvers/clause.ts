/**
 * Clause fields and the clause root queries.
 */
import type { ClauseResolvers, QueryResolvers } from '../generated/graphql';
import { badUserInput, notFound } from '../server/errors';
import { guidelineClauseIdOf } from './clausePath';

export const Clause: ClauseResolvers = {
  titleVariants: (c) => [...(c.titleVariants ?? [])],
  parent: (c, _args, { loaders }) => loaders.parentOfClause.load(c.id),
  children: (c, _args, { loaders }) => loaders.childrenOfClause.load(c.id),
  ancestors: (c, _args, { loaders }) => loaders.ancestorsOfClause.load(c.id),
  measures: (c, { includeDescendants }, { loaders }) =>
    (includeDescendants ?? true ? loaders.measuresUnderClause : loaders.measuresAtClause).load(c.id),
  ministries: (c, { includeDescendants }, { loaders }) =>
    (includeDescendants ?? true ? loaders.ministriesUnderClause : loaders.ministriesAtClause).load(c.id),
  measureCount: (c, _args, { loaders }) => loaders.measureCountUnderClause.load(c.id),
};

export const clauseQueries: QueryResolvers = {
  clause: (_root, { path }, { loaders }) => loaders.clause.load(guidelineClauseIdOf(path)),

  clauses: (_root, { where }, { readers }) =>
    readers.clauses({
      kind: where?.kind ?? null,
      level: where?.level ?? null,
      underClauseId: where?.underPath == null ? null : guidelineClauseIdOf(where.underPath, 'where.underPath'),
    }),

  clauseTree: (_root, _args, { readers }) => readers.clauseRoots(),

  sharedClauses: async (_root, { ministryIds, includeDescendants }, { loaders, readers }) => {
    const ids = [...new Set(ministryIds)];
    if (ids.length === 0) throw badUserInput('ministryIds must name at least one ministry id such as "cabinet-office"; got []', 'ministryIds');
    const found = await loaders.ministry.loadMany(ids);
    const unknown = ids.filter((_, i) => found[i] === null || found[i] instanceof Error);
    if (unknown.length > 0) {
      throw notFound(`ministryIds must be ministry ids such as "cabinet-office" (see ministries); unknown: ${unknown.join(', ')}`);
    }
    return readers.sharedClauses(ids, includeDescendants ?? false);
  },
};
