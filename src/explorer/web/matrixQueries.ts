/**
 * The matrix's reads: its counts (one `facets` request per year and axis) and the measures of one
 * cell — `measures(where: { ministryId, clausePath, includeDescendants: true })` for a section,
 * `where: { ministryId, themeId }` for a theme; the cell of measures with no section (or theme)
 * reads the ministry's measures and keeps those.
 */
import { gql } from './api';
import { AXIS_DIMENSION, type FacetTable } from './matrixModel';
import { allNodes, PAGE_SIZE, type Connection } from './pages';
import type { MatrixAxis } from './pageState';

/**
 * The most cells asked for: 2000 (e.g. 60 ministries × 33 themes) keeps the request under the
 * API's cost limit (each cell and value counts); a matrix cut by it says so.
 */
const MAX_CELLS = 2000;

/** Counts of measures of `year` by ministry × the axis, in one request. */
export async function fetchFacets(axis: MatrixAxis, year: number): Promise<FacetTable> {
  const data = await gql<{ facets: FacetTable }>(
    `query ($dimensions: [FacetDimension!]!, $y: Int!, $first: Int) {
      facets(dimensions: $dimensions, where: { fiscalYears: [$y] }, first: $first) { measureCount truncated cells { count values { key label } } }
    }`,
    { dimensions: ['MINISTRY', AXIS_DIMENSION[axis]], y: year, first: MAX_CELLS },
  );
  return data.facets;
}

export interface CellMeasure {
  readonly id: string;
  readonly head: string;
  readonly statusJa: string | null;
  readonly priorityItem: { id: string; title: string; alignment: { doubtful: boolean } };
}

const FIELDS = 'id head statusJa priorityItem { id title alignment { doubtful } }';

/** The measures of `year` in one cell: the ministry's, under the section or carrying the theme (`key`; null: none). */
export async function fetchCellMeasures(axis: MatrixAxis, ministryId: string, key: string | null, year: number): Promise<CellMeasure[]> {
  if (key === null) return measuresWithout(axis, ministryId, year);
  const where = axis === 'section' ? { ministryId, clausePath: key, includeDescendants: true } : { ministryId, themeId: key };
  const page = (after: string | null) =>
    gql<{ measures: Connection<CellMeasure> }>(
      `query ($where: MeasureWhere!, $y: Int, $after: String) {
        measures(where: $where, first: ${PAGE_SIZE}, after: $after, fiscalYear: $y) { edges { node { ${FIELDS} } } pageInfo { hasNextPage endCursor } }
      }`,
      { where, y: year, after },
    ).then((d) => d.measures);
  return allNodes(await page(null), page);
}

type Classified = CellMeasure & { clauses: { kind: string; path: string; ancestors: { path: string }[] }[]; themes: { id: string }[] };

/** The ministry's measures with no guideline section (no guideline clause at or below one) or no theme. */
async function measuresWithout(axis: MatrixAxis, ministryId: string, year: number): Promise<CellMeasure[]> {
  const page = (after: string | null) =>
    gql<{ ministry: { measures: Connection<Classified> } | null; clauseTree: { children: { path: string }[] }[] }>(
      `query ($id: ID!, $y: Int, $after: String) {
        ministry(id: $id, fiscalYear: $y) {
          measures(first: ${PAGE_SIZE}, after: $after) { edges { node { ${FIELDS} clauses { kind path ancestors { path } } themes { id } } } pageInfo { hasNextPage endCursor } }
        }
        clauseTree(fiscalYear: $y) { children { path } }
      }`,
      { id: ministryId, y: year, after },
    );
  const first = await page(null);
  if (first.ministry === null) return [];
  const sections = new Set(first.clauseTree.flatMap((part) => part.children.map((c) => c.path)));
  const all = await allNodes(first.ministry.measures, async (after) => (await page(after)).ministry?.measures ?? { edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  const inSection = (m: Classified): boolean =>
    m.clauses.some((c) => c.kind === 'GUIDELINE' && (sections.has(c.path) || c.ancestors.some((a) => sections.has(a.path))));
  return all.filter((m) => (axis === 'section' ? !inSection(m) : m.themes.length === 0)).map(({ clauses: _c, themes: _t, ...m }) => m);
}
