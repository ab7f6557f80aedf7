/**
 * Measure fields and the measure root queries.
 */
import type { ClauseRow, MeasureRow, MinistryRow, PriorityItemRow } from '../../loaders/models';
import { measureFilter, type MeasureWhereInput } from './measureWhere';
import { pageWindow, toConnection, type Connection } from './pagination';
import { required } from './required';
import type { NoArgs, PageArgs, Resolver, RootResolver } from './types';

export const Measure = {
  ministry: (async (x, _args, { loaders }) => required(await loaders.ministry.load(x.ministryId), 'ministry of measure', x.id)) as Resolver<
    MeasureRow,
    NoArgs,
    MinistryRow
  >,
  priorityItem: (async (x, _args, { loaders }) =>
    required(await loaders.priorityItemOfMeasure.load(x.id), 'priority item of measure', x.id)) as Resolver<MeasureRow, NoArgs, PriorityItemRow>,
  clauses: ((x, _args, { loaders }) => loaders.clausesOfMeasure.load(x.id)) as Resolver<MeasureRow, NoArgs, ClauseRow[]>,
  source: ((x) => ({ lineStart: x.lineStart, lineEnd: x.lineEnd })) as Resolver<MeasureRow, NoArgs, { lineStart: number; lineEnd: number }>,
};

export const measureQueries = {
  measures: (async (_root, { where, first, after }, { readers }) => {
    const window = pageWindow(first, after);
    return toConnection(await readers.measures(measureFilter(where), window), window);
  }) as RootResolver<PageArgs & { where?: MeasureWhereInput | null }, Connection<MeasureRow>>,

  measure: ((_root, { id }, { loaders }) => loaders.measure.load(id)) as RootResolver<{ id: string }, MeasureRow | null>,
};
