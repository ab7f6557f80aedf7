/**
 * `facets`: the analyst's overview (src/facets/facetTable.ts), in one round trip.
 */
import type { QueryResolvers } from '../generated/graphql';
import { facetTable } from '../facets/facetTable';

export const facetQueries: QueryResolvers = {
  facets: (_root, { dimensions, where, first }, { readers, served }) => facetTable(readers, served, dimensions, where, first),
};
