/**
 * Measure fields and the measure root queries.
 */
import { primeMeasurePage } from '../../loaders';
import type { MeasureResolvers, QueryResolvers } from '../generated/graphql';
import { uidOf } from '../model/ids';
import { reportFor, uidOfYearScopedId } from './fiscalYear';
import { measureFilter, measureScope } from './measureWhere';
import { measureWindow, toConnection } from './pages';
import { required } from './required';

export const Measure: MeasureResolvers = {
  ministry: async (x, _args, { loaders }) => required(await loaders.ministry.load(uidOf(x.version, x.ministryId)), 'ministry of measure', x.uid),
  priorityItem: async (x, _args, { loaders }) => required(await loaders.priorityItemOfMeasure.load(x.uid), 'priority item of measure', x.uid),
  clauses: (x, _args, { loaders }) => loaders.clausesOfMeasure.load(x.uid),
  source: (x) => ({ lineStart: x.lineStart, lineEnd: x.lineEnd }),
};

export const measureQueries: QueryResolvers = {
  measures: async (_root, { where, first, after, fiscalYear }, ctx) => {
    const { version } = reportFor(ctx.served, fiscalYear);
    const window = await measureWindow(ctx, first, after, version);
    return toConnection(primeMeasurePage(ctx.loaders, await ctx.readers.measures(measureScope(version, where), measureFilter(version, where), window)), window);
  },

  measure: async (_root, { id }, { loaders, served }) => {
    const uid = uidOfYearScopedId(served, id);
    return uid === null ? null : loaders.measure.load(uid);
  },
};
