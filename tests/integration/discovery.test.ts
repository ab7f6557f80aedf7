/**
 * Discovery through GraphQL against the real Neo4j loaded with the bundled report: themes written
 * at ingest, `search` over the CJK full-text indexes (多面観察 ranks the 360-degree-feedback
 * measures of several ministries first), similar measures and ministries, and batching.
 */
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { discover } from '../../src/discovery/discover';
import { loadTaxonomy } from '../../src/discovery/taxonomy';
import { loadAlignmentKnowledge } from '../../src/ingest/alignment/knowledge';
import { loadMinistryDirectory } from '../../src/ingest/ministryDirectory';
import { parseReport } from '../../src/ingest/parseReport';
import { readReportFile } from '../../src/ingest/readReport';
import { useApi } from './helpers/api';
import { allPages } from './helpers/pages';

jest.setTimeout(60_000);

const api = useApi();
/** The ministry of a measure id (`2024/cabinet-office/p4/m2`: year, ministry, item, measure). */
const ministryOf = (measureId: string): string => measureId.split('/')[1];
const nodesOf = (connection: { edges: { node: any }[] }): any[] => connection.edges.map((e) => e.node);

async function expected() {
  const knowledge = await loadAlignmentKnowledge();
  const records = parseReport(readReportFile(path.join(projectRoot, 'data', 'wlb-followup-r6.txt')), { directory: loadMinistryDirectory(), source: 'r6', knowledge });
  return discover(records, knowledge.analyser, knowledge.taxonomy);
}

test('the graph holds what the discovery stage computed: themes, HAS_THEME with evidence, SIMILAR_TO', async () => {
  const d = await expected();
  const { stats } = await api.data(`{ stats { counts } }`);
  expect(stats.counts.nodes.Theme).toBe(d.themes.length);
  expect(stats.counts.edges.HAS_THEME).toBe(d.measureThemes.length);
  expect(stats.counts.edges.SIMILAR_TO).toBe(d.similar.length);
  const { measure } = await api.data(`{ measure(id: "2024/nuclear-regulation-authority/p1/m2") { themes { id } themeMatches { theme { slug } terms } } }`);
  const mine = d.measureThemes.filter((l) => l.measureId === 'nuclear-regulation-authority/p1/m2');
  expect(measure.themes.map((t: any) => t.id)).toEqual(expect.arrayContaining(mine.map((l) => l.themeId)));
  expect(measure.themeMatches.find((m: any) => m.theme.slug === 'multi-rater-feedback').terms).toEqual(expect.arrayContaining(['多面観察', '360度評価']));
});

describe('search', () => {
  const query = `query ($text: String!, $first: Int, $types: [SearchType!]) {
    search(text: $text, first: $first, types: $types) {
      score snippet
      node { __typename ... on Measure { id themes { slug } } ... on Theme { id slug } ... on PriorityItem { id } ... on Clause { path } }
    }
  }`;

  test('多面観察 ranks the 360-degree-feedback measures of several ministries first', async () => {
    const { search } = await api.data(query, { text: '多面観察', first: 10, types: ['MEASURE'] });
    // How many measures carry the theme decides how many must lead the list.
    const { theme } = await api.data(`{ theme(id: "multi-rater-feedback") { measureCount measures(first: 100) { totalCount edges { node { id text } } } } }`);
    expect(theme.measures.totalCount).toBe(theme.measureCount);
    const exact = nodesOf(theme.measures).filter((m: any) => m.text.normalize('NFKC').includes('多面観察'));
    expect(exact.length).toBeGreaterThanOrEqual(3);
    const top = search.slice(0, exact.length);
    for (const hit of top) expect(hit.node.themes.map((t: any) => t.slug)).toContain('multi-rater-feedback');
    expect(new Set(top.map((h: any) => ministryOf(h.node.id))).size).toBeGreaterThanOrEqual(3);
    // The measures that name the practice whole come first, each with the match marked.
    expect(top.map((h: any) => h.node.id).sort()).toEqual(exact.map((m: any) => m.id).sort());
    for (const hit of top) expect(hit.snippet).toContain('<mark>多面観察</mark>');
    // Worded differently (360度評価, 多面調査): found through the theme, after the exact ones.
    const ids = search.map((h: any) => h.node.id);
    expect(ids).toContain('2024/financial-services-agency/p3/m3');
    const scores = search.map((h: any) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  test('over every type, the theme and its measures lead; types filter the hits', async () => {
    const { search } = await api.data(query, { text: '多面観察', first: 8 });
    expect(search[0].node).toMatchObject({ __typename: 'Theme', slug: 'multi-rater-feedback' });
    for (const hit of search.slice(1, 4)) expect(hit.node.__typename).toBe('Measure');
    const clauses = await api.data(query, { text: 'マネジメント能力の向上', types: ['CLAUSE'] });
    expect(clauses.search.length).toBeGreaterThan(0);
    for (const hit of clauses.search) expect(hit.node.__typename).toBe('Clause');
    expect(clauses.search[0].node.path).toBe('Ⅱ.3.(1)②');
    const items = await api.data(query, { text: 'テレワーク', types: ['PRIORITY_ITEM'], first: 3 });
    for (const hit of items.search) expect(hit.node.__typename).toBe('PriorityItem');
    expect(items.search[0].snippet).toContain('<mark>テレワーク</mark>');
  });

  test('width and case of the text do not matter (１ｏｎ１ finds 1on1)', async () => {
    const wide = await api.data(query, { text: '１ｏｎ１', types: ['MEASURE'], first: 5 });
    const narrow = await api.data(query, { text: '1on1', types: ['MEASURE'], first: 5 });
    expect(wide.search.map((h: any) => h.node.id)).toEqual(narrow.search.map((h: any) => h.node.id));
    for (const hit of narrow.search) expect(hit.node.themes.map((t: any) => t.slug)).toContain('one-on-one');
  });

  test('Lucene syntax in the text is not syntax: no error, and a plain answer', async () => {
    for (const text of ['AND', 'テレワーク NOT', 'a:b', '"', '\\', '*']) {
      const answer = await api.gql(query, { text });
      expect(answer.body.errors).toBeUndefined();
    }
    const or = await api.data(query, { text: 'OR テレワーク', first: 3, types: ['MEASURE'] });
    for (const hit of or.search) expect(hit.snippet).toContain('<mark>テレワーク</mark>');
  });

  test('fiscalYear: the loaded year answers as the default does; a year not loaded is NOT_FOUND naming the loaded one', async () => {
    const q = `query ($year: Int) { search(text: "多面観察", first: 5, fiscalYear: $year) { score node { __typename ... on Measure { id } } } }`;
    expect(await api.data(q, { year: 2024 })).toEqual(await api.data(q, {}));
    for (const query of [
      q,
      'query ($year: Int) { themes(fiscalYear: $year) { id } }',
      'query ($year: Int) { similarMinistries(ministryId: "cabinet-office", fiscalYear: $year) { score } }',
    ]) {
      const answer = await api.gql(query, { year: 2019 });
      expect(answer.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(answer.body.errors?.[0].message).toMatch(/2019.*loaded: 2024/u);
    }
  });

  test('bad arguments are BAD_USER_INPUT', async () => {
    for (const variables of [{ text: '   ' }, { text: 'テレワーク', first: 0 }, { text: 'x'.repeat(500) }]) {
      const answer = await api.gql(query, variables);
      expect(answer.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('similar measures and ministries', () => {
  const similar = `query ($id: ID!, $first: Int, $across: Boolean, $min: Float) {
    similarMeasures(measureId: $id, first: $first, acrossMinistries: $across, minScore: $min) {
      score textScore sharedTerms sharedThemes { slug } sharedClauses { path } measure { id ministry { id } }
    }
  }`;

  test('who else runs 360-degree feedback: other ministries, best first, with the evidence', async () => {
    const { similarMeasures: rows } = await api.data(similar, { id: '2024/cabinet-office/p4/m2', first: 5 });
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(r.measure.ministry.id).not.toBe('cabinet-office');
    const scores = rows.map((r: any) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const sharing360 = rows.filter((r: any) => r.sharedThemes.some((t: any) => t.slug === 'multi-rater-feedback'));
    expect(sharing360.length).toBeGreaterThanOrEqual(3);
    expect(rows[0].sharedTerms.length).toBeGreaterThan(0);
    expect(rows[0].sharedClauses.map((c: any) => c.path)).toContain('Ⅱ.3.(1)②');
  });

  test('acrossMinistries: false may include its own ministry; minScore cuts', async () => {
    const own = await api.data(similar, { id: '2024/cabinet-office/p4/m2', first: 20, across: false });
    expect(own.similarMeasures.some((r: any) => r.measure.ministry.id === 'cabinet-office')).toBe(true);
    const min = own.similarMeasures[2].score;
    const cut = await api.data(similar, { id: '2024/cabinet-office/p4/m2', first: 20, across: false, min });
    expect(cut.similarMeasures.length).toBeGreaterThanOrEqual(3);
    for (const r of cut.similarMeasures) expect(r.score).toBeGreaterThanOrEqual(min);
  });

  test('unknown measure (or one without its year) is NOT_FOUND showing the id form; first out of range is BAD_USER_INPUT', async () => {
    for (const id of ['nope/p1/m1', '2024/nope/p1/m1', 'cabinet-office/p4/m2', '2019/cabinet-office/p4/m2']) {
      const answer = await api.gql(similar, { id });
      expect(answer.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(answer.body.errors?.[0].message).toMatch(/2024\/cabinet-office\/p4\/m2/u);
    }
    expect((await api.gql(similar, { id: '2024/cabinet-office/p4/m2', first: 0 })).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('similarMinistries ranks other ministries by shared practice, with shared themes', async () => {
    const { similarMinistries: rows } = await api.data(
      `{ similarMinistries(ministryId: "nuclear-regulation-authority", first: 5) { score sharedMeasureCount ministry { id } sharedThemes { slug } } }`,
    );
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      expect(r.ministry.id).not.toBe('nuclear-regulation-authority');
      expect(r.sharedMeasureCount).toBeGreaterThan(0);
      expect(r.sharedThemes.length).toBeGreaterThan(0);
    }
    const scores = rows.map((r: any) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('themes', () => {
  test('themes, theme(id or slug), and MeasureWhere.themeId agree', async () => {
    const data = await api.data(`{
      themes { id slug nameJa nameEn measureCount }
      bySlug: theme(id: "one-on-one") { id fiscalYear measureCount measures(first: 100) { totalCount edges { node { id } } } ministries(first: 100) { totalCount edges { node { id } } } clauses { path } }
      byId: theme(id: "theme/one-on-one") { id }
      none: theme(id: "no-such-theme") { id }
      measures(where: { themeId: "one-on-one" }, first: 100) { totalCount edges { node { id } } }
    }`);
    expect(data.themes.length).toBe(loadTaxonomy().length);
    expect(data.byId.id).toBe('theme/one-on-one');
    expect(data.none).toBeNull();
    expect(data.bySlug.fiscalYear).toBe(2024);
    expect(data.measures.totalCount).toBe(data.bySlug.measureCount);
    expect(data.bySlug.measures.totalCount).toBe(data.bySlug.measureCount);
    expect(data.measures.edges.map((e: any) => e.node.id)).toEqual(nodesOf(data.bySlug.measures).map((m: any) => m.id));
    expect(new Set(nodesOf(data.bySlug.measures).map((m: any) => ministryOf(m.id)))).toEqual(new Set(nodesOf(data.bySlug.ministries).map((m: any) => m.id)));
    expect(data.bySlug.ministries.totalCount).toBe(data.bySlug.ministries.edges.length);
    expect(data.bySlug.clauses.map((c: any) => c.path)).toContain('Ⅱ.3.(1)②');
  });

  test('Theme.measures and Theme.ministries: pages joined are the whole lists', async () => {
    const { themes } = await api.data(`{ themes { id measureCount } }`);
    const busiest = themes.reduce((a: any, b: any) => (b.measureCount > a.measureCount ? b : a));
    expect(busiest.measureCount).toBeGreaterThan(6);
    const page = (field: string) => `query ($id: ID!, $first: NonNegativeInt, $after: String) {
      theme(id: $id) { ${field}(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`;
    for (const field of ['measures', 'ministries']) {
      const joined = async (first: number) => allPages(async (after) => (await api.data(page(field), { id: busiest.id, first, after })).theme[field]);
      const whole = await joined(100);
      const byThree = await joined(3);
      expect(whole.pages).toBe(1);
      expect(byThree.pages).toBe(Math.ceil(whole.totalCount / 3));
      expect(byThree.nodes).toEqual(whole.nodes);
      if (field === 'measures') expect(whole.totalCount).toBe(busiest.measureCount);
    }
  });

  test('no N+1: every theme with its measures and their themes is one round trip per relation', async () => {
    const before = api.executor().roundTrips;
    const data = await api.data(`{ themes { id measures(first: 100) { edges { node { id themes { id } ministry { id } } } } ministries(first: 100) { edges { node { id themes { id } } } } } }`);
    const trips = api.executor().roundTrips - before;
    expect(data.themes.length).toBeGreaterThan(20);
    // themes; measures of all themes (each page brings its measures' ministries); ministries of all
    // themes; then themes of all measures and themes of all ministries (one batch each).
    expect(trips).toBe(5);
  });
});
