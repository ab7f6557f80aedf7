/**
 * PriorityItem fields and the priority-item root queries.
 */
import type { ClauseRow, MeasureRow, MinistryRow, PriorityItemRow } from '../../loaders/models';
import { compact } from '../ingest/text';
import { pageWindow, toConnection, type Connection } from './pagination';
import { required } from './required';
import type { NoArgs, PageArgs, Resolver, RootResolver } from './types';

export const PriorityItem = {
  ministry: (async (p, _args, { loaders }) => required(await loaders.ministryOfPriorityItem.load(p.id), 'ministry of priority item', p.id)) as Resolver<
    PriorityItemRow,
    NoArgs,
    MinistryRow
  >,
  measures: ((p, _args, { loaders }) => loaders.measuresOfPriorityItem.load(p.id)) as Resolver<PriorityItemRow, NoArgs, MeasureRow[]>,
  clauses: ((p, _args, { loaders }) => loaders.clausesOfPriorityItem.load(p.id)) as Resolver<PriorityItemRow, NoArgs, ClauseRow[]>,
};

export const priorityItemQueries = {
  priorityItems: (async (_root, { where, first, after }, { readers }) => {
    const window = pageWindow(first, after);
    const title = where?.titleContains == null ? null : compact(where.titleContains);
    return toConnection(
      await readers.priorityItems({ ministryId: where?.ministryId ?? null, titleContains: title === '' ? null : title }, window),
      window,
    );
  }) as RootResolver<PageArgs & { where?: { ministryId?: string | null; titleContains?: string | null } | null }, Connection<PriorityItemRow>>,

  priorityItem: ((_root, { id }, { loaders }) => loaders.priorityItem.load(id)) as RootResolver<{ id: string }, PriorityItemRow | null>,
};
