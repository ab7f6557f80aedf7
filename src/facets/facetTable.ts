/**
 * The analyst's overview: counts of measures by any combination of ministry, guideline section,
 * clause, theme, status and fiscal year, read in one round trip (cypher/read/facets.cypher). Shared by
 * the `facets` query and `npm run -s export -- --format csv --facets …`. Argument mistakes are
 * BAD_USER_INPUT / NOT_FOUND errors whose messages say what was expected.
 */
import type { FacetDimension, Readers } from '../../loaders/readers';
import type { MeasureStatus } from '../../loaders/models';
import type { ServedReports } from '../../loaders/servedReports';
import { themeIdOf } from '../discovery/taxonomy';
import { guidelineClauseIdOf } from '../resolvers/clausePath';
import { reportFor } from '../resolvers/fiscalYear';
import { badUserInput } from '../server/errors';
import { japaneseFiscalYear } from '../model/ids';

export const FACET_DIMENSIONS: readonly FacetDimension[] = ['MINISTRY', 'CLAUSE_SECTION', 'CLAUSE', 'THEME', 'STATUS', 'FISCAL_YEAR'];
export const DEFAULT_FACET_CELLS = 1000;
export const MAX_FACET_CELLS = 10_000;
export const MAX_FACET_DIMENSIONS = 4;

export interface FacetWhere {
  readonly fiscalYears?: readonly number[] | null;
  readonly ministryIds?: readonly string[] | null;
  readonly clausePath?: string | null;
  readonly themeIds?: readonly string[] | null;
  readonly statuses?: readonly MeasureStatus[] | null;
}

export interface FacetTable {
  readonly dimensions: FacetDimension[];
  readonly fiscalYears: number[];
  readonly measureCount: number;
  readonly truncated: boolean;
  readonly cells: { count: number; values: { dimension: FacetDimension; key: string | null; label: string | null }[] }[];
}

/** The table of `dimensions` over `where`, at most `first` cells. */
export async function facetTable(readers: Readers, served: ServedReports, dimensions: readonly FacetDimension[], where: FacetWhere | null | undefined, first: number | null | undefined): Promise<FacetTable> {
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
    // Rows come in the order of the dimensions as asked (facets.cypher).
    cells: rows.slice(0, limit).map((row) => ({
      count: row.count,
      values: dims.map((dimension) => {
        const key = row.values[dimension]?.key ?? null;
        // A year is labelled as the report names it (令和6年度), for readers of the table in Japanese.
        const label = dimension === 'FISCAL_YEAR' && key !== null ? japaneseFiscalYear(Number(key)) : (row.values[dimension]?.label ?? null);
        return { dimension, key, label };
      }),
    })),
  };
}

/** One to four dimensions, each once; BAD_USER_INPUT otherwise. */
function checkedDimensions(dimensions: readonly FacetDimension[]): FacetDimension[] {
  if (dimensions.length === 0 || dimensions.length > MAX_FACET_DIMENSIONS) {
    throw badUserInput(`dimensions must name 1 to ${MAX_FACET_DIMENSIONS} of ${FACET_DIMENSIONS.join(', ')}; got ${dimensions.length}`, 'dimensions');
  }
  const unknown = dimensions.filter((d) => !FACET_DIMENSIONS.includes(d));
  if (unknown.length > 0) throw badUserInput(`dimensions must be among ${FACET_DIMENSIONS.join(', ')}; got ${unknown.join(', ')}`, 'dimensions');
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
  if (dims.includes('FISCAL_YEAR')) {
    reportFor(served, null); // no report loaded: say so
    return served.reports.map((r) => r.fiscalYear).sort((a, b) => a - b);
  }
  return [reportFor(served, null).fiscalYear];
}

/** The table as CSV (RFC 4180): a key and a label column per dimension, then the count. */
export function facetCsv(table: FacetTable, quote: (cell: string) => string): string {
  const header = [...table.dimensions.flatMap((d) => [d.toLowerCase(), `${d.toLowerCase()}_label`]), 'count'];
  const rows = table.cells.map((c) => [...c.values.flatMap((v) => [v.key ?? '', v.label ?? '']), String(c.count)]);
  return [header, ...rows].map((cells) => `${cells.map(quote).join(',')}\r\n`).join('');
}
