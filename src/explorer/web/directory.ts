/**
 * The directory: the loaded years (`reports`) and, for one of them, everything the page searches
 * and labels in the browser — ministries, guideline clauses and sections, themes — in one request
 * (more only when a list runs past a page of 100).
 */
import { ApiError, gql } from './api';
import { allNodes, PAGE_SIZE, type Connection } from './pages';

export interface ReportYear {
  readonly fiscalYear: number;
  /** As printed: 令和6年度. */
  readonly fiscalYearJa: string;
}

export interface Directory {
  /** The year everything below is of. */
  readonly year: ReportYear;
  /** Every loaded year, newest first. */
  readonly years: readonly ReportYear[];
  /** The year asked for when it is not loaded (the latest is shown instead), else null. */
  readonly missingYear: number | null;
  readonly ministries: readonly { id: string; nameJa: string; nameEn: string | null }[];
  /** Guideline clauses, guideline order (by path). */
  readonly clauses: readonly { id: string; path: string; title: string }[];
  /** The guideline's sections (the clauses one level below a part: Ⅱ.1, Ⅳ.(1)), in order: the matrix's columns. */
  readonly sections: readonly { path: string; title: string }[];
  /** The theme taxonomy, in its order. */
  readonly themes: readonly { id: string; label: string; nameEn: string }[];
}

type Ministry = Directory['ministries'][number];
type Clause = Directory['clauses'][number];

const MINISTRIES = `ministries(first: ${PAGE_SIZE}, after: $after, fiscalYear: $y) { edges { node { id nameJa nameEn } } pageInfo { hasNextPage endCursor } }`;
const CLAUSES = `clauses(where: { kind: GUIDELINE }, first: ${PAGE_SIZE}, after: $after, fiscalYear: $y) { edges { node { id path title } } pageInfo { hasNextPage endCursor } }`;

/**
 * The directory of `year` (null: the latest loaded). A year that is not loaded gives the latest,
 * with `missingYear` saying which was asked.
 */
export async function fetchDirectory(year: number | null): Promise<Directory> {
  let data;
  try {
    data = await gql<{
      reports: ReportYear[];
      ministries: Connection<Ministry>;
      clauses: Connection<Clause>;
      themes: { id: string; nameJa: string; nameEn: string }[];
      clauseTree: { children: { path: string; title: string }[] }[];
    }>(
      `query ($y: Int, $after: String) {
        reports { fiscalYear fiscalYearJa } ${MINISTRIES} ${CLAUSES}
        themes(fiscalYear: $y) { id nameJa nameEn } clauseTree(fiscalYear: $y) { children { path title } }
      }`,
      { y: year, after: null },
    );
  } catch (error) {
    const notLoaded = error instanceof ApiError && error.errors.some((e) => e.extensions?.code === 'NOT_FOUND');
    if (year === null || !notLoaded) throw error;
    return { ...(await fetchDirectory(null)), missingYear: year };
  }
  const shown = year === null ? data.reports[0] : data.reports.find((r) => r.fiscalYear === year);
  if (shown === undefined) throw new Error('no report is loaded');
  const y = shown.fiscalYear;
  const [ministries, clauses] = await Promise.all([
    allNodes(data.ministries, async (after) => (await gql<{ ministries: Connection<Ministry> }>(`query ($y: Int, $after: String) { ${MINISTRIES} }`, { y, after })).ministries),
    allNodes(data.clauses, async (after) => (await gql<{ clauses: Connection<Clause> }>(`query ($y: Int, $after: String) { ${CLAUSES} }`, { y, after })).clauses),
  ]);
  return {
    year: shown,
    years: data.reports,
    missingYear: null,
    ministries,
    clauses,
    sections: data.clauseTree.flatMap((part) => part.children),
    themes: data.themes.map((t) => ({ id: t.id, label: t.nameJa, nameEn: t.nameEn })),
  };
}
