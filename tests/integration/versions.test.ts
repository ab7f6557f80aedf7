/**
 * Several fiscal years, and re-ingests, through the API. The graph holds the bundled report as 2024
 * and the same report as 2025 (tests/helpers/reportYears.ts), so the two years' answers must be
 * alike but for their year: every root query answers for either year (`fiscalYear`), the latest
 * by default, nested fields in the year of their parent; a year not loaded is NOT_FOUND naming the
 * loaded ones; ids of items and measures say their year. Then cursors across ingests of 2024: the
 * same report again keeps every cursor valid; a report with one measure less expires the cursors
 * whose node went and keeps the others.
 */
import { ingestReport } from '../../src/ingest/ingestReport';
import { loadAlignmentKnowledge } from '../../src/ingest/alignment/knowledge';
import { loadMinistryDirectory } from '../../src/ingest/ministryDirectory';
import { parseReport } from '../../src/ingest/parseReport';
import { readReportFile } from '../../src/ingest/readReport';
import { BUNDLED_REPORT, bundledReportOfYear, tempReport } from '../helpers/reportYears';
import { useApi } from './helpers/api';
import { allPages, decodeCursor, type Page } from './helpers/pages';

jest.setTimeout(120_000);

// Versions are read at most once a second here (a deployment: every 500 ms): the ingests below are seen 1.1 s later.
const api = useApi({ alsoLoad: [tempReport(bundledReportOfYear(7), 'r7.txt')], versionTtlMs: 1000 });
const LOADED = /loaded: 2025 \(令和7年度\), 2024 \(令和6年度\)/u;

/** An answer of year `from` as the same answer of year `to` reads: `fiscalYear` fields and year-scoped ids changed. */
function asYear(value: unknown, from: number, to: number, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => asYear(v, from, to, key));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asYear(v, from, to, k)]));
  if (key === 'fiscalYear' && value === from) return to;
  if (typeof value === 'string' && ['id', 'source', 'target', 'itemId'].includes(key)) {
    return value === `report/${from}` ? `report/${to}` : value.replace(new RegExp(`(^|[:>])${from}/`, 'gu'), `$1${to}/`);
  }
  return value;
}

/** Every year an answer names: its `fiscalYear` fields and the years its ids start with. */
function yearsIn(value: unknown, key = '', found = new Set<number>()): number[] {
  if (Array.isArray(value)) value.forEach((v) => yearsIn(v, key, found));
  else if (value !== null && typeof value === 'object') Object.entries(value).forEach(([k, v]) => yearsIn(v, k, found));
  else if (key === 'fiscalYear') found.add(value as number);
  else if (typeof value === 'string' && ['id', 'source', 'target', 'itemId'].includes(key)) for (const m of value.matchAll(/(?:^|[:>])(\d{4})\//gu)) found.add(Number(m[1]));
  return [...found].sort();
}

/** Root queries taking `fiscalYear` (as $year), each asking for year-scoped content below it. */
const ROOTS: [string, string][] = [
  ['ministries', 'ministries(first: 100, fiscalYear: $year) { totalCount edges { node { id fiscalYear measureCount } } }'],
  [
    'ministry',
    'ministry(id: "cabinet-office", fiscalYear: $year) { id fiscalYear priorityItems { id fiscalYear measures { id fiscalYear clauses { id fiscalYear } } } measures(first: 3) { totalCount edges { node { id fiscalYear priorityItem { id } } } } themes { id fiscalYear } clauses { id fiscalYear } }',
  ],
  ['priorityItems', 'priorityItems(first: 5, fiscalYear: $year) { totalCount edges { node { id fiscalYear title ministry { id fiscalYear } measures { id fiscalYear } alignment { confidence method } } } }'],
  [
    'measures',
    'measures(where: { clausePath: "Ⅱ.3.(1)②" }, first: 5, fiscalYear: $year) { totalCount edges { node { id fiscalYear text priorityItem { id fiscalYear } ministry { id fiscalYear } clauses { id fiscalYear } themes { id fiscalYear } } } }',
  ],
  [
    'clause',
    'clause(path: "Ⅱ.3.(1)", fiscalYear: $year) { id fiscalYear parent { fiscalYear } children { id fiscalYear } ancestors { fiscalYear } measureCount measures(first: 3) { totalCount edges { node { id fiscalYear } } } ministries(first: 3) { totalCount edges { node { id fiscalYear } } } }',
  ],
  ['clauses', 'clauses(first: 5, fiscalYear: $year) { totalCount edges { node { id fiscalYear } } }'],
  ['clauseTree', 'clauseTree(fiscalYear: $year) { id fiscalYear children { id fiscalYear } }'],
  [
    'ministriesSharingClause',
    'ministriesSharingClause(path: "Ⅱ.3.(1)②", first: 3, fiscalYear: $year) { totalCount edges { node { ministry { id fiscalYear } measures { id fiscalYear } clauses { id fiscalYear } } } }',
  ],
  ['sharedClauses', 'sharedClauses(ministryIds: ["cabinet-office", "financial-services-agency"], fiscalYear: $year) { id fiscalYear }'],
  ['themes', 'themes(fiscalYear: $year) { id fiscalYear measureCount }'],
  [
    'theme',
    'theme(id: "multi-rater-feedback", fiscalYear: $year) { id fiscalYear measureCount measures(first: 3) { edges { node { id fiscalYear } } } ministries(first: 3) { edges { node { id fiscalYear } } } clauses { id fiscalYear } }',
  ],
  ['search', 'search(text: "多面観察", first: 5, fiscalYear: $year) { score node { __typename ... on Measure { id fiscalYear } ... on Theme { id fiscalYear } ... on PriorityItem { id fiscalYear } ... on Clause { id fiscalYear } } }'],
  ['similarMinistries', 'similarMinistries(ministryId: "nuclear-regulation-authority", first: 3, fiscalYear: $year) { score ministry { id fiscalYear } sharedThemes { id fiscalYear } }'],
  ['node', 'node(id: "clause/Ⅱ.3.(1)②", fiscalYear: $year) { id ... on Clause { fiscalYear measureCount } }'],
  ['graph', 'graph(seed: { ministryIds: ["cabinet-office"] }, depth: 2, fiscalYear: $year) { nodes { id type data } edges { id source target type } truncated }'],
];
const asQuery = (field: string): string => `query ($year: Int) { ${field} }`;

describe('two fiscal years', () => {
  test.each(ROOTS)('%s: either year answers, the same report alike; the default is the latest; nested fields in their parent’s year', async (_name, field) => {
    const latest = await api.data(asQuery(field), { year: 2025 });
    const of2024 = await api.data(asQuery(field), { year: 2024 });
    expect(yearsIn(latest)).toEqual([2025]);
    expect(yearsIn(of2024)).toEqual([2024]);
    expect(asYear(latest, 2025, 2024)).toEqual(of2024);
    expect(await api.data(asQuery(field), {})).toEqual(latest);
  });

  test.each([...ROOTS, ['stats', 'stats(fiscalYear: $year) { counts }'], ['facets', 'facets(dimensions: [MINISTRY], where: { fiscalYears: [$year] }) { measureCount }']])(
    '%s of a year not loaded is NOT_FOUND naming the loaded years',
    async (_name, field) => {
      const query = field.includes('[$year]') ? `query ($year: Int!) { ${field} }` : asQuery(field);
      const answer = await api.gql(query, { year: 2019 });
      expect(answer.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(answer.body.errors?.[0].message).toMatch(/fiscal year 2019 is loaded/u);
      expect(answer.body.errors?.[0].message).toMatch(LOADED);
    },
  );

  test('reports: both years, newest first; stats counts every year by default, one year with fiscalYear', async () => {
    const { reports, all, y2025, y2024 } = await api.data(`{
      reports { id fiscalYear fiscalYearJa measuresFiscalYear measuresFiscalYearJa sha256 }
      all: stats { counts reports { id } }
      y2025: stats(fiscalYear: 2025) { counts reports { id } }
      y2024: stats(fiscalYear: 2024) { counts reports { id } }
    }`);
    expect(reports).toEqual([
      { id: 'report/2025', fiscalYear: 2025, fiscalYearJa: '令和7年度', measuresFiscalYear: 2024, measuresFiscalYearJa: '令和6年度', sha256: expect.any(String) },
      { id: 'report/2024', fiscalYear: 2024, fiscalYearJa: '令和6年度', measuresFiscalYear: 2023, measuresFiscalYearJa: '令和5年度', sha256: expect.any(String) },
    ]);
    expect(reports[0].sha256).not.toBe(reports[1].sha256); // the banners differ
    expect(all.reports).toEqual([{ id: 'report/2025' }, { id: 'report/2024' }]);
    expect(y2025.reports).toEqual([{ id: 'report/2025' }]);
    // The same report twice: 2025 holds what 2024 holds, and every measure and item of 2025
    // CONTINUES its copy of 2024 (lineage is counted with the later year).
    const { CONTINUES: continues, ...edges2025 } = y2025.counts.edges;
    expect(y2024.counts.nodes).toEqual(y2025.counts.nodes);
    expect(y2024.counts.edges).toEqual(edges2025);
    expect(continues).toBe(y2025.counts.nodes.Measure + y2025.counts.nodes.PriorityItem);
    expect(y2025.counts.nodes).toMatchObject({ Report: 1, Ministry: 27 });
    const sum = (a: Record<string, number>, b: Record<string, number>) => Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].map((t) => [t, (a[t] ?? 0) + (b[t] ?? 0)]));
    expect(all.counts).toEqual({ nodes: sum(y2024.counts.nodes, y2025.counts.nodes), edges: sum(y2024.counts.edges, y2025.counts.edges) });
  });

  test('items and measures are found by ids that say their year, whatever fiscalYear says; a year not loaded names nothing', async () => {
    const ask = (year: number) => `
      measure(id: "${year}/cabinet-office/p4/m2") { id fiscalYear ministry { id fiscalYear } priorityItem { id fiscalYear } clauses { id fiscalYear } }
      priorityItem(id: "${year}/cabinet-office/p4") { id fiscalYear ministry { fiscalYear } measures { id fiscalYear } }
      asNode: node(id: "${year}/cabinet-office/p4/m2", fiscalYear: ${year === 2024 ? 2025 : 2024}) { id ... on Measure { fiscalYear } }
      similarMeasures(measureId: "${year}/cabinet-office/p4/m2", first: 5) { score measure { id fiscalYear ministry { id fiscalYear } } sharedThemes { id fiscalYear } }`;
    const of2025 = await api.data(`{ ${ask(2025)} }`);
    const of2024 = await api.data(`{ ${ask(2024)} }`);
    expect(of2025.measure).toMatchObject({ id: '2025/cabinet-office/p4/m2', fiscalYear: 2025, priorityItem: { id: '2025/cabinet-office/p4', fiscalYear: 2025 } });
    expect(of2025.asNode).toEqual({ id: '2025/cabinet-office/p4/m2', fiscalYear: 2025 });
    expect(yearsIn(of2025)).toEqual([2025]);
    expect(yearsIn(of2024)).toEqual([2024]);
    expect(asYear(of2025, 2025, 2024)).toEqual(of2024);
    const { notLoaded } = await api.data(`{ notLoaded: measure(id: "2026/cabinet-office/p4/m2") { id } item: priorityItem(id: "2026/cabinet-office/p4") { id } }`);
    expect(notLoaded).toBeNull();
    const similar = await api.gql(`{ similarMeasures(measureId: "2026/cabinet-office/p4/m2") { score } }`);
    expect(similar.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  test('graph draws one year: the whole graph of each year has the counts of stats of that year and only its nodes', async () => {
    for (const year of [2024, 2025]) {
      const { graph, stats } = await api.data(`query ($year: Int) {
        graph(seed: { all: true }, limit: 2000, fiscalYear: $year, similarPerNode: null) { nodes { id type data } edges { source target type } truncated }
        stats(fiscalYear: $year) { counts }
      }`, { year });
      const tally = (types: string[]) => types.reduce<Record<string, number>>((acc, t) => ({ ...acc, [t]: (acc[t] ?? 0) + 1 }), {});
      const { Report: _report, ...nodes } = stats.counts.nodes;
      expect(graph.truncated).toBe(false);
      expect(tally(graph.nodes.map((n: any) => n.type))).toEqual(nodes);
      // CONTINUES joins a year to the one before: a drawing of one year does not walk it.
      const { CONTINUES: _lineage, ...withinYear } = stats.counts.edges;
      expect(tally(graph.edges.map((e: any) => e.type))).toEqual(withinYear);
      expect(yearsIn(graph)).toEqual([year]);
    }
  });
});

/** A list of 2024 to page through: a query taking $first and $after, where its page is, and a node's id. */
interface List {
  readonly query: string;
  readonly page: (data: any) => Page<any>;
  readonly idOf: (node: any) => string;
}

const PAGE = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor }';
const ARGS = 'first: $first, after: $after';
const VARS = '$first: NonNegativeInt, $after: String';
const byId = (node: { id: string }): string => node.id;
const LISTS: Record<string, List> = {
  measures: { query: `query (${VARS}) { list: measures(${ARGS}, fiscalYear: 2024) { ${PAGE} } }`, page: (d) => d.list, idOf: byId },
  ministries: { query: `query (${VARS}) { list: ministries(${ARGS}, fiscalYear: 2024) { ${PAGE} } }`, page: (d) => d.list, idOf: byId },
  priorityItems: { query: `query (${VARS}) { list: priorityItems(${ARGS}, fiscalYear: 2024) { ${PAGE} } }`, page: (d) => d.list, idOf: byId },
  clauses: { query: `query (${VARS}) { list: clauses(${ARGS}, fiscalYear: 2024) { ${PAGE} } }`, page: (d) => d.list, idOf: byId },
  'Clause.measures': { query: `query (${VARS}) { clause(path: "Ⅱ", fiscalYear: 2024) { list: measures(${ARGS}) { ${PAGE} } } }`, page: (d) => d.clause.list, idOf: byId },
  'Theme.measures': { query: `query (${VARS}) { theme(id: "multi-rater-feedback", fiscalYear: 2024) { list: measures(${ARGS}) { ${PAGE} } } }`, page: (d) => d.theme.list, idOf: byId },
  ministriesSharingClause: {
    query: `query (${VARS}) { list: ministriesSharingClause(path: "Ⅱ", ${ARGS}, fiscalYear: 2024) { totalCount edges { cursor node { ministry { id } } } pageInfo { hasNextPage endCursor } } }`,
    page: (d) => d.list,
    idOf: (node) => node.ministry.id,
  },
};

/** The ids of a list from `after` (null: its start) to its end, in pages of `size`. */
async function idsAfter(list: List, after: string | null, size = 100): Promise<string[]> {
  const { nodes } = await allPages(async (next) => list.page(await api.data(list.query, { first: size, after: next ?? after })));
  return nodes.map(list.idOf);
}

/** The cursor of the node `id` in a list (its edge's cursor). */
async function cursorAt(list: List, id: string): Promise<string> {
  let after: string | null = null;
  for (;;) {
    const page: Page<any> = list.page(await api.data(list.query, { first: 100, after }));
    const edge = page.edges.find((e) => list.idOf(e.node) === id);
    if (edge) return edge.cursor;
    if (!page.pageInfo.hasNextPage) throw new Error(`${id} is not in the list`);
    after = page.pageInfo.endCursor;
  }
}

async function reload(file: string): Promise<void> {
  await ingestReport(api.executor(), file);
  await new Promise((resolve) => setTimeout(resolve, 1100)); // the app's versions read is a second old at most
}

const versionOf2024 = async (): Promise<string> => {
  const { measures } = await api.data(`{ measures(first: 1, fiscalYear: 2024) { edges { cursor } } }`);
  return decodeCursor(measures.edges[0].cursor).v;
};

describe('cursors across ingests of 2024 (each test loads 2024 again)', () => {
  test('the same report again: every cursor of every list stays valid and its pages continue the list as it was', async () => {
    const before: Record<string, { ids: string[]; cursor: string; at: number }> = {};
    for (const [name, list] of Object.entries(LISTS)) {
      const ids = await idsAfter(list, null);
      const at = Math.max(1, Math.floor(ids.length / 3));
      before[name] = { ids, cursor: await cursorAt(list, ids[at - 1]), at };
    }
    const oldVersion = await versionOf2024();
    await reload(BUNDLED_REPORT);
    const newVersion = await versionOf2024();
    expect(newVersion).not.toBe(oldVersion);
    for (const [name, list] of Object.entries(LISTS)) {
      const { ids, cursor, at } = before[name];
      expect(decodeCursor(cursor).v).toBe(oldVersion);
      expect({ name, ids: await idsAfter(list, cursor, 7) }).toEqual({ name, ids: ids.slice(at) });
    }
  });

  test('one measure less: a cursor at a measure that went, or whose place another took, is CURSOR_EXPIRED; cursors at nodes that kept their place and content stay valid', async () => {
    // The bundled report without the block of one measure: cabinet-office/p4/m2 of four (all under Ⅱ.3.(1)②).
    const records = parseReport(readReportFile(BUNDLED_REPORT), { directory: loadMinistryDirectory(), source: 'r6', knowledge: await loadAlignmentKnowledge() });
    const item = records.ministries.flatMap((m) => m.priorityItems).find((p) => p.id === 'cabinet-office/p4')!;
    expect(item.measures.map((x) => [x.id, x.clauseRefs])).toEqual([1, 2, 3, 4].map((n) => [`cabinet-office/p4/m${n}`, ['Ⅱ.3.(1)②']]));
    const dropped = item.measures[1];
    const lines = readReportFile(BUNDLED_REPORT).split('\n');
    const changed = tempReport([...lines.slice(0, dropped.lineStart - 1), ...lines.slice(dropped.lineEnd)].join('\n'), 'r6-less.txt');

    const clauseMeasures: List = {
      query: `query (${VARS}) { clause(path: "Ⅱ.3.(1)②", fiscalYear: 2024) { list: measures(${ARGS}) { ${PAGE} } } }`,
      page: (d) => d.clause.list,
      idOf: byId,
    };
    const last = '2024/cabinet-office/p4/m4';
    const before = await idsAfter(LISTS.measures, null);
    const later = before.slice(before.indexOf(last) + 1).find((id) => !id.startsWith('2024/cabinet-office/'))!; // another ministry's, after the change
    const gone = [await cursorAt(LISTS.measures, last), await cursorAt(clauseMeasures, last)];
    // p4/m3 will name the measure that was m4: same id and rank, other content.
    const taken = await cursorAt(LISTS.measures, '2024/cabinet-office/p4/m3');
    const kept = {
      measures: [await cursorAt(LISTS.measures, '2024/cabinet-office/p3/m2'), await cursorAt(LISTS.measures, later)],
      ministries: await cursorAt(LISTS.ministries, 'cabinet-office'),
      priorityItems: await cursorAt(LISTS.priorityItems, '2024/cabinet-office/p4'),
    };

    await reload(changed);
    const after = await idsAfter(LISTS.measures, null);
    expect(after).toHaveLength(before.length - 1);
    expect(after.filter((id) => id.startsWith('2024/cabinet-office/p4/'))).toEqual(['2024/cabinet-office/p4/m1', '2024/cabinet-office/p4/m2', '2024/cabinet-office/p4/m3']);

    for (const [list, cursor] of [
      [LISTS.measures, gone[0]],
      [clauseMeasures, gone[1]],
    ] as const) {
      const answer = await api.gql(list.query, { first: 10, after: cursor });
      expect(answer.body.errors?.[0].extensions).toMatchObject({ code: 'CURSOR_EXPIRED', argument: 'after' });
      expect(answer.body.errors?.[0].message).toMatch(/list changed .*2024\/cabinet-office\/p4\/m4 moved or went\); ask again without after/u);
    }
    const takenAnswer = await api.gql(LISTS.measures.query, { first: 10, after: taken });
    expect(takenAnswer.body.errors?.[0].extensions).toMatchObject({ code: 'CURSOR_EXPIRED', argument: 'after' });
    for (const cursor of kept.measures) {
      expect(await idsAfter(LISTS.measures, cursor, 30)).toEqual(after.slice(after.indexOf(decodeCursor(cursor).i) + 1));
    }
    for (const name of ['ministries', 'priorityItems'] as const) {
      const whole = await idsAfter(LISTS[name], null);
      expect(await idsAfter(LISTS[name], kept[name], 9)).toEqual(whole.slice(whole.indexOf(decodeCursor(kept[name]).i) + 1));
    }
  });
});
