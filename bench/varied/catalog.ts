/**
 * What the varied mix draws its operations from: the loaded graph as our API serves it (the
 * latest year) — every ministry, every guideline clause, every measure with its ministry, the
 * theme taxonomy with its terms, and the content terms measures share (from similarMeasures'
 * sharedTerms, counted over every measure: the vocabulary the report actually uses).
 */
import { post } from '../gql';

export interface Catalog {
  readonly fiscalYear: number;
  /** In report order. */
  readonly ministries: readonly string[];
  /** Canonical paths of the guideline clauses, in path order. */
  readonly clausePaths: readonly string[];
  readonly measures: readonly { readonly id: string; readonly ministryId: string }[];
  readonly themes: readonly { readonly id: string; readonly terms: readonly string[] }[];
  /** Content terms shared by similar measures, the most frequent first, with how many measure pairs share them. */
  readonly contentTerms: readonly { readonly term: string; readonly pairs: number }[];
}

/**
 * Reads the catalog from our API at `url` (a few hundred requests). Content terms are counted over
 * at most `termMeasures` measures, evenly spread in report order (all of the bundled report's 172).
 * Throws on any GraphQL error.
 */
export async function readCatalog(url: string, { termMeasures = 300 }: { termMeasures?: number } = {}): Promise<Catalog> {
  const ask = async (query: string, variables?: Record<string, unknown>): Promise<any> => {
    const answer = await post(url, { query, variables });
    if (answer.errors || !answer.data) throw new Error(`reading the catalog: ${JSON.stringify(answer.errors ?? answer)}`);
    return answer.data;
  };
  const all = async <T>(field: string, selection: string, args = ''): Promise<T[]> => {
    const nodes: T[] = [];
    let after: string | null = null;
    do {
      const data = await ask(`query ($after: String) { ${field}(${args} first: 100, after: $after) { edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } }`, { after });
      nodes.push(...data[field].edges.map((e: { node: T }) => e.node));
      after = data[field].pageInfo.hasNextPage ? data[field].pageInfo.endCursor : null;
    } while (after);
    return nodes;
  };
  const { reports } = await ask('{ reports { fiscalYear } }');
  const ministries = await all<{ id: string }>('ministries', 'id');
  const clauses = await all<{ path: string }>('clauses', 'path', 'where: { kind: GUIDELINE },');
  const measures = await all<{ id: string; ministry: { id: string } }>('measures', 'id ministry { id }');
  const { themes } = await ask('{ themes { id terms } }');
  const counts = new Map<string, number>();
  const step = Math.max(1, Math.ceil(measures.length / termMeasures));
  for (const m of measures.filter((_, i) => i % step === 0)) {
    const data = await ask('query ($id: ID!) { similarMeasures(measureId: $id, first: 20, acrossMinistries: false) { sharedTerms } }', { id: m.id });
    for (const s of data.similarMeasures) for (const term of s.sharedTerms as string[]) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return {
    fiscalYear: reports[0].fiscalYear,
    ministries: ministries.map((m) => m.id),
    clausePaths: clauses.map((c) => c.path),
    measures: measures.map((m) => ({ id: m.id, ministryId: m.ministry.id })),
    themes,
    contentTerms: [...counts].map(([term, pairs]) => ({ term, pairs })).sort((a, b) => b.pairs - a.pairs || a.term.localeCompare(b.term)),
  };
}
