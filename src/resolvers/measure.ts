/**
 * Measure fields and the measure root queries.
 */
import { primeMeasurePage } from '../../loaders';
import type { MeasureResolvers, QueryResolvers } from '../generated/graphql';
import { measureFilter } from './measureWhere';
import { pageWindow, toConnection } from './pagination';
import { required } from './required';

export const Measure: MeasureResolvers = {
  ministry: async (x, _args, { loaders }) => required(await loaders.ministry.load(x.ministryId), 'ministry of measure', x.id),
  priorityItem: async (x, _args, { loaders }) => required(await loaders.priorityItemOfMeasure.load(x.id), 'priority item of measure', x.id),
  clauses: (x, _args, { loaders }) => loaders.clausesOfMeasure.load(x.id),
  source: (x) => ({ lineStart: x.lineStart, lineEnd: x.lineEnd }),
};

export const measureQueries: QueryResolvers = {
  measures: async (_root, { where, first, after }, { loaders, readers }) => {
    const window = pageWindow(first, after);
    return toConnection(primeMeasurePage(loaders, await readers.measures(measureFilter(where), window)), window);
  },

  measure: (_root, { id }, { loaders }) => loaders.measure.load(id),
};
