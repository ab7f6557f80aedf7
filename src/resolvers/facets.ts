/**
 * `facets`: the analyst's overview — counts of measures by any combination of ministry, guideline
 * section, clause, theme, status and fiscal year, in one round trip (cypher/read/facets.cypher).
 */
import type { FacetDimension } from '../../loaders/readers';
import type { FacetWhere, QueryResolvers } from '../generated/graphql';
import { themeIdOf } from '../discovery/taxonomy';
import { badUserInput } from '../server/errors';
import { guidelineClauseIdOf } from './clausePath';
import { reportFor } from './fiscalYear';
import type { ServedReports } from '../../loaders/servedReports';

export const DEFAULT_FACET_CELLS = 1000;
export const MAX_FACET_CELLS = 10_000;
export const MAX_FACET_DIMENSIONS = 4;

export const facetQueries: QueryResolvers = {
  facets: async (_root, { dimensions, where, first }, { readers, served }) => {
    const dims = checkedDimensions(dimensions);
    const limit = first ?? DEFAULT_FACET_CELLS;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FACET_CELLS) throw badUserInput(`first must be a whole number from 1 to ${MAX_FACET_CELLS}; got ${limit}`, 'first');
    const years = facetYears(served, dims, where);
    const { measureCount, rows } = await readers.facets(
      dims,
      {
        versions: years.map((y) => reportFor(served, y, 'where.fiscalYears').version),
        ministryIds: where?.ministryIds ?? null,
        clauseId: where?.clausePath == null ? null : guidelineClauseIdOf(where.clausePath, 'where.clausePath'),
        themeIds: where?.themeIds == null ? null : where.themeIds.map(themeIdOf),
        statuses: where?.statuses ?? null,
      },
      limit,
    );
    return {
      dimensions: dims,
      fiscalYears: years,
      measureCount,
      truncated: rows.length > limit,
      cells: rows.slice(0, limit).map((row) => ({
        count: row.count,
        values: dims.map((dimension) => ({ dimension, key: row.values[dimension]?.key ?? null, label: row.values[dimension]?.label ?? null })),
      })),
    };
  },
};

/** One to four dimensions, each once; BAD_USER_INPUT otherwise. */
function checkedDimensions(dimensions: readonly FacetDimension[]): FacetDimension[] {
  if (dimensions.length === 0 || dimensions.length > MAX_FACET_DIMENSIONS) {
    throw badUserInput(`dimensions must name 1 to ${MAX_FACET_DIMENSIONS} dimensions; got ${dimensions.length}`, 'dimensions');
  }
  const repeated = dimensions.filter((d, i) => dimensions.indexOf(d) !== i);
  if (repeated.length > 0) throw badUserInput(`dimensions must name each dimension once; ${repeated[0]} is repeated`, 'dimensions');
  return [...dimensions];
}

/** The years counted: as asked; else every loaded year when FISCAL_YEAR is a dimension, else the latest. */
function facetYears(served: ServedReports, dims: readonly FacetDimension[], where: FacetWhere | null | undefined): number[] {
  if (where?.fiscalYears != null) {
    if (where.fiscalYears.length === 0) throw badUserInput('where.fiscalYears must name at least one year (or be left out)', 'where.fiscalYears');
    return [...new Set(where.fiscalYears)].sort((a, b) => a - b);
  }
  if (dims.includes('FISCAL_YEAR')) return served.reports.map((r) => r.fiscalYear).sort((a, b) => a - b);
  return [reportFor(served, null).fiscalYear];
}
