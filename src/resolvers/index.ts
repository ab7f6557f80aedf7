/**
 * The resolver map of the schema in schema/: scalars from graphql-scalars, then one module per
 * area. Resolvers are thin: arguments in, loaders or readers out; no Cypher here. There are no
 * mutations: the graph changes only by ingesting a report.
 */
import { DateTimeResolver, JSONResolver, NonNegativeIntResolver, PositiveIntResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/graphql';
import { Clause, clauseQueries } from './clause';
import { facetQueries } from './facets';
import { graphQueries } from './graph';
import { lineageQueries, MeasureLineage, measureLineageFields, ministryTimelineFields, PriorityItemLineage, priorityItemLineageFields, ReportDiff } from './lineage';
import { Measure, measureQueries } from './measure';
import { Ministry, ministryQueries } from './ministry';
import { Node, nodeQueries } from './node';
import { PriorityItem, priorityItemQueries } from './priorityItem';
import { SearchNode, searchQueries } from './search';
import { SimilarMeasure, SimilarMinistry, similarQueries } from './similar';
import { statsQueries } from './stats';
import { measureThemeFields, ministryThemeFields, Theme, ThemeMatch, themeQueries } from './theme';

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  NonNegativeInt: NonNegativeIntResolver,
  PositiveInt: PositiveIntResolver,
  Node,
  Ministry: { ...Ministry, ...ministryThemeFields, ...ministryTimelineFields },
  PriorityItem: { ...PriorityItem, ...priorityItemLineageFields },
  Measure: { ...Measure, ...measureThemeFields, ...measureLineageFields },
  MeasureLineage,
  PriorityItemLineage,
  ReportDiff,
  Clause,
  Theme,
  ThemeMatch,
  SimilarMeasure,
  SimilarMinistry,
  SearchNode,
  Query: {
    ...nodeQueries,
    ...ministryQueries,
    ...priorityItemQueries,
    ...measureQueries,
    ...clauseQueries,
    ...statsQueries,
    ...graphQueries,
    ...themeQueries,
    ...searchQueries,
    ...similarQueries,
    ...facetQueries,
    ...lineageQueries,
  },
};
