/**
 * Ministry fields and the ministry root queries.
 */
import type { MinistryAtClauseRow } from '../../loaders/readers';
import type { ClauseRow, MeasureRow, MinistryRow, PriorityItemRow } from '../../loaders/models';
import { badUserInput, notFound } from '../server/errors';
import { canonicalClausePath } from './clausePath';
import { measureFilter, type MeasureWhereInput } from './measureWhere';
import { pageWindow, toConnection, type Connection } from './pagination';
import type { NoArgs, PageArgs, Resolver, RootResolver } from './types';
import { guidelineClauseId } from '../ingest/writeGraph';

export const Ministry = {
  priorityItems: ((m, _args, { loaders }) => loaders.priorityItemsOfMinistry.load(m.id)) as Resolver<MinistryRow, NoArgs, PriorityItemRow[]>,
  measures: (async (m, { where, first, after }, { readers }) => {
    const window = pageWindow(first, after);
    return toConnection(await readers.measures({ ...measureFilter(where), ministryId: m.id }, window), window);
  }) as Resolver<MinistryRow, PageArgs & { where?: MeasureWhereInput | null }, Connection<MeasureRow>>,
  clauses: ((m, _args, { loaders }) => loaders.clausesOfMinistry.load(m.id)) as Resolver<MinistryRow, NoArgs, ClauseRow[]>,
  measureCount: ((m, _args, { loaders }) => loaders.measureCountOfMinistry.load(m.id)) as Resolver<MinistryRow, NoArgs, number>,
};

export const ministryQueries = {
  ministries: (async (_root, { where, first, after }, { readers }) => {
    const window = pageWindow(first, after);
    return toConnection(await readers.ministries({ nameContains: where?.nameContains ?? null }, window), window);
  }) as RootResolver<PageArgs & { where?: { nameContains?: string | null } | null }, Connection<MinistryRow>>,

  ministry: ((_root, { id }, { loaders }) => loaders.ministry.load(id)) as RootResolver<{ id: string }, MinistryRow | null>,

  ministriesSharingClause: (async (_root, { path, includeDescendants, minMinistries }, { loaders, readers }) => {
    const canonical = canonicalClausePath(path);
    const clause = await loaders.clause.load(guidelineClauseId(canonical));
    if (clause === null) {
      throw notFound(`no guideline clause has the path ${canonical} (from ${JSON.stringify(path)}); list them with clauses or clauseTree`);
    }
    const min = minMinistries ?? 1;
    if (min < 1) throw badUserInput(`minMinistries must be at least 1; got ${min}`, 'minMinistries');
    const rows = await readers.ministriesSharingClause(clause.id, includeDescendants ?? true);
    return rows.length >= min ? rows : [];
  }) as RootResolver<{ path: string; includeDescendants?: boolean | null; minMinistries?: number | null }, MinistryAtClauseRow[]>,
};
