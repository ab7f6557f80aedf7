/**
 * PriorityItem fields and the priority-item root queries.
 */
import type { PriorityItemResolvers, QueryResolvers } from '../generated/graphql';
import { compact } from '../ingest/text';
import { pageWindow, toConnection } from './pagination';
import { required } from './required';

export const PriorityItem: PriorityItemResolvers = {
  ministry: async (p, _args, { loaders }) => required(await loaders.ministryOfPriorityItem.load(p.id), 'ministry of priority item', p.id),
  measures: (p, _args, { loaders }) => loaders.measuresOfPriorityItem.load(p.id),
  clauses: (p, _args, { loaders }) => loaders.clausesOfPriorityItem.load(p.id),
};

export const priorityItemQueries: QueryResolvers = {
  priorityItems: async (_root, { where, first, after }, { readers }) => {
    const window = pageWindow(first, after);
    const title = where?.titleContains == null ? null : compact(where.titleContains);
    return toConnection(
      await readers.priorityItems({ ministryId: where?.ministryId ?? null, titleContains: title === '' ? null : title }, window),
      window,
    );
  },

  priorityItem: (_root, { id }, { loaders }) => loaders.priorityItem.load(id),
};
