/**
 * The matrix's content, from one `facets` answer: ministries (rows, report order) × guideline
 * sections or themes (columns, guideline or taxonomy order), and the count of measures in each
 * cell. Every ministry and every section or theme of the year is a line, even without a measure;
 * measures with no section (or no theme) form a last column.
 */
import type { Directory, ReportYear } from './directory';
import type { MatrixAxis } from './pageState';

/** The facets dimension of each axis. */
export const AXIS_DIMENSION: Record<MatrixAxis, 'CLAUSE_SECTION' | 'THEME'> = { section: 'CLAUSE_SECTION', theme: 'THEME' };

/** Japanese names of the axes, for headings. */
export const AXIS_NAME: Record<MatrixAxis, string> = { section: '取組指針の区分', theme: 'テーマ' };

/** A `facets(dimensions: [MINISTRY, <axis>])` answer. */
export interface FacetTable {
  readonly measureCount: number;
  readonly truncated: boolean;
  readonly cells: readonly { readonly count: number; readonly values: readonly { readonly key: string | null; readonly label: string | null }[] }[];
}

export interface MatrixRow {
  readonly id: string;
  readonly label: string;
}

export interface MatrixColumn {
  /** Section path or theme id; null: the measures with none. */
  readonly key: string | null;
  /** `path title` of a section, a theme's name. */
  readonly label: string;
}

export interface Matrix {
  readonly axis: MatrixAxis;
  readonly year: ReportYear;
  readonly rows: readonly MatrixRow[];
  readonly columns: readonly MatrixColumn[];
  /** Count of a cell (0 when none): see cellKey. */
  readonly counts: ReadonlyMap<string, number>;
  readonly max: number;
  /** Distinct measures counted (a measure under two sections is in two cells). */
  readonly measureCount: number;
  readonly truncated: boolean;
}

/** The key of a cell in `Matrix.counts`. */
export function cellKey(rowId: string, columnKey: string | null): string {
  return `${rowId}\u0000${columnKey ?? ''}`;
}

/** The matrix of `table` (ministry × axis) for the directory's year. */
export function buildMatrix(axis: MatrixAxis, table: FacetTable, directory: Directory): Matrix {
  const rows: MatrixRow[] = directory.ministries.map((m) => ({ id: m.id, label: m.nameJa }));
  const columns: MatrixColumn[] =
    axis === 'section'
      ? directory.sections.map((s) => ({ key: s.path, label: `${s.path} ${s.title}` }))
      : directory.themes.map((t) => ({ key: t.id, label: t.label }));
  const counts = new Map<string, number>();
  let none = false;
  for (const { count, values } of table.cells) {
    const [ministry, value] = values;
    if (ministry.key === null) continue;
    if (!rows.some((r) => r.id === ministry.key)) rows.push({ id: ministry.key, label: ministry.label ?? ministry.key });
    if (value.key === null) none = true;
    else if (!columns.some((c) => c.key === value.key)) columns.push({ key: value.key, label: value.label ?? value.key });
    counts.set(cellKey(ministry.key, value.key), count);
  }
  if (none) columns.push({ key: null, label: axis === 'section' ? '（取組指針の区分なし）' : '（テーマなし）' });
  return {
    axis,
    year: directory.year,
    rows,
    columns,
    counts,
    max: Math.max(0, ...counts.values()),
    measureCount: table.measureCount,
    truncated: table.truncated,
  };
}
