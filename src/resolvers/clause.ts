/**
 * Clause fields and the clause root queries.
 */
import type { ClauseKind, ClauseRow, MeasureRow, MinistryRow } from '../../loaders/models';
import { badUserInput, notFound } from '../server/errors';
import { guidelineClauseIdOf } from './clausePath';
import type { NoArgs, Resolver, RootResolver } from './types';

type Deep = { includeDescendants?: boolean | null };

export const Clause = {
  titleVariants: ((c) => c.titleVariants ?? []) as Resolver<ClauseRow, NoArgs, readonly string[]>,
  parent: ((c, _args, { loaders }) => loaders.parentOfClause.load(c.id)) as Resolver<ClauseRow, NoArgs, ClauseRow | null>,
  children: ((c, _args, { loaders }) => loaders.childrenOfClause.load(c.id)) as Resolver<ClauseRow, NoArgs, ClauseRow[]>,
  ancestors: ((c, _args, { loaders }) => loaders.ancestorsOfClause.load(c.id)) as Resolver<ClauseRow, NoArgs, ClauseRow[]>,
  measures: ((c, { includeDescendants }, { loaders }) =>
    (includeDescendants ?? true ? loaders.measuresUnderClause : loaders.measuresAtClause).load(c.id)) as Resolver<ClauseRow, Deep, MeasureRow[]>,
  ministries: ((c, { includeDescendants }, { loaders }) =>
    (includeDescendants ?? true ? loaders.ministriesUnderClause : loaders.ministriesAtClause).load(c.id)) as Resolver<ClauseRow, Deep, MinistryRow[]>,
  measureCount: ((c, _args, { loaders }) => loaders.measureCountUnderClause.load(c.id)) as Resolver<ClauseRow, NoArgs, number>,
};

interface ClauseWhereInput {
  readonly underPath?: string | null;
  readonly level?: number | null;
  readonly kind?: ClauseKind | null;
}

export const clauseQueries = {
  clause: ((_root, { path }, { loaders }) => loaders.clause.load(guidelineClauseIdOf(path))) as RootResolver<{ path: string }, ClauseRow | null>,

  clauses: ((_root, { where }, { readers }) =>
    readers.clauses({
      kind: where?.kind ?? null,
      level: where?.level ?? null,
      underClauseId: where?.underPath == null ? null : guidelineClauseIdOf(where.underPath, 'where.underPath'),
    })) as RootResolver<{ where?: ClauseWhereInput | null }, ClauseRow[]>,

  clauseTree: ((_root, _args, { readers }) => readers.clauseRoots()) as RootResolver<NoArgs, ClauseRow[]>,

  sharedClauses: (async (_root, { ministryIds, includeDescendants }, { loaders, readers }) => {
    const ids = [...new Set(ministryIds)];
    if (ids.length === 0) throw badUserInput('ministryIds must name at least one ministry id such as "cabinet-office"; got []', 'ministryIds');
    const found = await loaders.ministry.loadMany(ids);
    const unknown = ids.filter((_, i) => found[i] === null || found[i] instanceof Error);
    if (unknown.length > 0) {
      throw notFound(`ministryIds must be ministry ids such as "cabinet-office" (see ministries); unknown: ${unknown.join(', ')}`);
    }
    return readers.sharedClauses(ids, includeDescendants ?? false);
  }) as RootResolver<{ ministryIds: readonly string[]; includeDescendants?: boolean | null }, ClauseRow[]>,
};
