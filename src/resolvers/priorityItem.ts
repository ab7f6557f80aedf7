/**
 * PriorityItem fields and the priority-item root queries.
 */
import type { AlignmentEvidence, PriorityItemResolvers, QueryResolvers } from '../generated/graphql';
import { compact } from '../ingest/text';
import { isDoubtful } from '../model/alignment';
import { reportFor, uidOfYearScopedId } from './fiscalYear';
import { priorityItemWindow, toConnection } from './pages';
import { required } from './required';

export const PriorityItem: PriorityItemResolvers = {
  ministry: async (p, _args, { loaders }) => required(await loaders.ministryOfPriorityItem.load(p.uid), 'ministry of priority item', p.uid),
  measures: (p, _args, { loaders }) => loaders.measuresOfPriorityItem.load(p.uid),
  clauses: (p, _args, { loaders }) => loaders.clausesOfPriorityItem.load(p.uid),
  alignment: (p) => {
    const method = p.alignmentMethod ?? 'MACHINE';
    const confidence = method === 'REVIEWED' ? 1 : (p.alignmentConfidence ?? 0);
    return {
      confidence,
      method,
      evidence: JSON.parse(p.alignmentEvidence ?? '[]') as AlignmentEvidence[],
      reviewed: method === 'REVIEWED',
      doubtful: isDoubtful({ method, confidence }),
    };
  },
};

export const priorityItemQueries: QueryResolvers = {
  priorityItems: async (_root, { where, first, after, fiscalYear }, ctx) => {
    const { version } = reportFor(ctx.served, fiscalYear);
    const window = await priorityItemWindow(ctx, first, after, version);
    const title = where?.titleContains == null ? null : compact(where.titleContains);
    return toConnection(
      await ctx.readers.priorityItems({ version, ministryId: where?.ministryId ?? null, titleContains: title === '' ? null : title }, window),
      window,
    );
  },

  priorityItem: async (_root, { id }, { loaders, served }) => {
    const uid = uidOfYearScopedId(served, id);
    return uid === null ? null : loaders.priorityItem.load(uid);
  },
};
