/**
 * The six-query mix of `npm run bench` (its second table; the first is the varied mix,
 * bench/varied/): each case as wlb-graph asks it and as the anchor (@neo4j/graphql 7 over the same
 * graph, bench/anchor/) asks the same question, or its stand-in. Ids are the bundled report's
 * (fiscal year 2024). A case that needs a root field our schema does not have is left out.
 */
export interface BenchQuery {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

export interface BenchCase {
  readonly name: string;
  readonly what: string;
  /** A Query field our schema must have for this case to run. */
  readonly needs?: string;
  readonly ours: BenchQuery;
  /** null: the anchor cannot express it. */
  readonly anchor: BenchQuery | null;
}

const PATH = 'Ⅱ.3.(1)②';
const underPath = `{ path: { startsWith: "${PATH}" }, kind: { eq: "GUIDELINE" } }`;
/** A measure of the bundled report (fiscal year 2024). */
const MEASURE = '2024/cabinet-office/p4/m2';

export const CASES: readonly BenchCase[] = [
  {
    name: 'clauseSharing',
    what: `ministries with measures under ${PATH} (or below), those measures and clauses`,
    ours: {
      query: `{ ministriesSharingClause(path: "${PATH}", first: 50) { totalCount edges { node { ministry { id nameJa nameEn } clauses { path title } measures { id status head } } } } }`,
    },
    anchor: {
      query: `{ ministries(where: { priorityItems: { some: { measures: { some: { clauses: { some: ${underPath} } } } } } }, sort: [{ rank: ASC }], limit: 50) {
        id nameJa nameEn
        priorityItems(where: { measures: { some: { clauses: { some: ${underPath} } } } }, sort: [{ rank: ASC }]) {
          measures(where: { clauses: { some: ${underPath} } }, sort: [{ rank: ASC }]) { id status head clauses(where: ${underPath}) { path title } }
        } } }`,
    },
  },
  {
    name: 'ministryTree',
    what: 'one ministry → its priority items → their measures → their clauses',
    ours: {
      query: `{ ministry(id: "cabinet-office") { nameJa priorityItems { title measures { id head status clauses { path title } } } } }`,
    },
    anchor: {
      query: `{ ministries(where: { id: { eq: "cabinet-office" } }) { nameJa priorityItems(sort: [{ rank: ASC }]) { title measures(sort: [{ rank: ASC }]) { id head status clauses { path title } } } } }`,
    },
  },
  {
    name: 'measurePage',
    what: 'a filtered page: continuing measures whose text contains 多面観察, first 10, with total',
    ours: {
      query: `{ measures(where: { textContains: "多面観察", status: CONTINUING }, first: 10) { totalCount edges { cursor node { id head ministry { nameJa } priorityItem { title } } } pageInfo { hasNextPage endCursor } } }`,
    },
    anchor: {
      query: `{ measuresConnection(first: 10, where: { textCompact: { contains: "多面観察" }, status: { eq: "CONTINUING" } }, sort: [{ rank: ASC }]) { totalCount edges { cursor node { id head priorityItem { title ministry { nameJa } } } } pageInfo { hasNextPage endCursor } } }`,
    },
  },
  {
    name: 'similarMeasures',
    what: 'measures most similar to one measure (SIMILAR_TO by score)',
    needs: 'similarMeasures',
    ours: { query: `{ similarMeasures(measureId: "${MEASURE}", first: 5) { score measure { id head ministry { nameJa } } } }` },
    anchor: {
      query: `{ measures(where: { id: { eq: "${MEASURE}" } }) { similarConnection(first: 5, where: { edge: { sameMinistry: { eq: false } } }, sort: [{ edge: { score: DESC } }]) { edges { properties { score } node { id head priorityItem { ministry { nameJa } } } } } } }`,
    },
  },
  {
    name: 'search',
    what: 'text search for マネジメント (the anchor: CONTAINS on the compacted text)',
    needs: 'search',
    ours: { query: `{ search(text: "マネジメント", first: 10, types: [MEASURE]) { score node { __typename ... on Measure { id head } } } }` },
    anchor: { query: `{ measuresConnection(first: 10, where: { textCompact: { contains: "マネジメント" } }, sort: [{ rank: ASC }]) { totalCount edges { node { id head } } } }` },
  },
  {
    name: 'neighbourhood',
    what: 'the graph two hops around one ministry (its items and their measures, every edge among them)',
    needs: 'graph',
    ours: { query: `{ graph(seed: { ministryIds: ["cabinet-office"] }, depth: 2, limit: 200) { nodes { id type label } edges { id source target type } truncated } }` },
    anchor: {
      query: `{ ministries(where: { id: { eq: "cabinet-office" } }) { id nameJa priorityItems { id title measures { id head } } } }`,
    },
  },
];

/** The cases our schema can run, given the names of its Query fields. */
export function runnableCases(queryFields: ReadonlySet<string>): { cases: BenchCase[]; skipped: string[] } {
  const cases: BenchCase[] = [];
  const skipped: string[] = [];
  for (const c of CASES) {
    if (!c.needs || queryFields.has(c.needs)) cases.push(c);
    else skipped.push(`${c.name} (no Query.${c.needs} yet)`);
  }
  return { cases, skipped };
}
