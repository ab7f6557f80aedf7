/**
 * The `graph` query against the real Neo4j loaded with the bundled report: each seed kind, the
 * answer's self-consistency (edge ends in nodes, no duplicate ids), depth, filters, truncation, the
 * whole graph against `stats`, the Cytoscape elements, argument errors, `fiscalYear` and round
 * trips. Drawing one of several years: versions.test.ts.
 */
import type { Driver } from 'neo4j-driver';
import { useApi } from './helpers/api';
import { testDriver } from './helpers/neo4j';

jest.setTimeout(60_000);

const api = useApi();

interface Node {
  id: string;
  type: string;
  label: string;
  data: Record<string, any>;
}
interface Edge {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  data: Record<string, any>;
}
interface Graph {
  nodes: Node[];
  edges: Edge[];
  truncated: boolean;
  similarEdgesOmitted: number;
  elements: any;
}

// $similarPerNode left out of the variables: the argument's default (3); given as null: every one.
const GRAPH = `query ($seed: GraphSeed!, $depth: Int, $limit: Int, $nodeTypes: [GraphNodeType!], $edgeTypes: [String!], $format: GraphFormat, $similarPerNode: Int) {
  graph(seed: $seed, depth: $depth, limit: $limit, nodeTypes: $nodeTypes, edgeTypes: $edgeTypes, format: $format, similarPerNode: $similarPerNode) {
    nodes { id type label data } edges { id source target type weight data } truncated similarEdgesOmitted elements
  }
}`;

async function graph(variables: Record<string, unknown>): Promise<Graph> {
  const graph = (await api.data<{ graph: Graph }>(GRAPH, variables)).graph;
  expectSelfConsistent(graph);
  return graph;
}

/** Every edge's ends are nodes; node and edge ids are unique; edge ids are TYPE:<src>-><dst>. */
function expectSelfConsistent(g: Graph): void {
  const ids = g.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  const edgeIds = g.edges.map((e) => e.id);
  expect(new Set(edgeIds).size).toBe(edgeIds.length);
  const known = new Set(ids);
  for (const e of g.edges) {
    expect(known.has(e.source) && known.has(e.target)).toBe(true);
    expect(e.id).toBe(`${e.type}:${e.source}->${e.target}`);
  }
}

const idsOf = (list: { id: string }[]): string[] => list.map((x) => x.id).sort();
const neighboursOf = (g: Graph, id: string): string[] =>
  [...new Set(g.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : [])))].sort();

describe('seeds', () => {
  test('ministry, depth 1: the ministry, its priority items and plan clauses, with readable labels', async () => {
    const g = await graph({ seed: { ministryIds: ['cabinet-office'] } });
    const { ministry } = await api.data(`{ ministry(id: "cabinet-office") { nameJa priorityItems { id } clauses { id kind } } }`);
    const planClauses = ministry.clauses.filter((c: any) => c.kind === 'PLAN').map((c: any) => c.id);
    expect(idsOf(g.nodes)).toEqual([...ministry.priorityItems.map((p: any) => p.id), ...planClauses, 'cabinet-office'].sort());
    expect(g.nodes[0]).toMatchObject({ id: 'cabinet-office', type: 'Ministry', label: '内閣府', data: { nameJa: '内閣府', nameEn: 'Cabinet Office' } });
    expect(g.edges.filter((e) => e.type === 'HAS_PRIORITY')).toHaveLength(ministry.priorityItems.length);
    expect(g.truncated).toBe(false);
  });

  test('measure, depth 1: its priority item and its clauses (structural edges), label "head…", no search key in data', async () => {
    const g = await graph({ seed: { measureIds: ['2024/cabinet-office/p4/m1'] }, edgeTypes: ['HAS_MEASURE', 'UNDER_CLAUSE'] });
    const { measure } = await api.data(`{ measure(id: "2024/cabinet-office/p4/m1") { head text priorityItem { id } clauses { id } } }`);
    expect(neighboursOf(g, '2024/cabinet-office/p4/m1')).toEqual([measure.priorityItem.id, ...measure.clauses.map((c: any) => c.id)].sort());
    const node = g.nodes.find((n) => n.id === '2024/cabinet-office/p4/m1');
    expect(node).toMatchObject({ type: 'Measure', label: `${measure.head}…`, data: { text: measure.text } });
    expect(node?.data).not.toHaveProperty('textCompact');
  });

  test('clause typed as users type it, depth 1: parent, children and the measures directly under it', async () => {
    const g = await graph({ seed: { clausePaths: ['II.3.(1)2'] } });
    const { clause } = await api.data(`{ clause(path: "Ⅱ.3.(1)②") { id title parent { id } children { id } measures(includeDescendants: false, first: 100) { edges { node { id } } } } }`);
    const seed = g.nodes.find((n) => n.id === clause.id);
    expect(seed).toMatchObject({ type: 'Clause', label: `Ⅱ.3.(1)② ${clause.title}` });
    const structural = g.nodes.filter((n) => n.type === 'Clause' || n.type === 'Measure');
    expect(idsOf(structural)).toEqual([clause.id, clause.parent.id, ...idsOf(clause.children), ...idsOf(clause.measures.edges.map((e: any) => e.node))].sort());
    // Induced subgraph: a measure under both the clause and its child clause shows both edges.
    for (const child of clause.children) {
      const childMeasures = g.edges.filter((e) => e.type === 'UNDER_CLAUSE' && e.target === child.id).map((e) => e.source);
      for (const m of childMeasures) expect(g.nodes.some((n) => n.id === m)).toBe(true);
    }
  });

  test('an unknown id adds nothing: a theme seed naming no theme (as before any is made) is an empty graph, not an error', async () => {
    expect(await graph({ seed: { ministryIds: ['no-such-ministry'] } })).toEqual({ nodes: [], edges: [], truncated: false, similarEdgesOmitted: 0, elements: null });
    expect(await graph({ seed: { themeIds: ['no-such-theme'] }, depth: 2 })).toEqual({ nodes: [], edges: [], truncated: false, similarEdgesOmitted: 0, elements: null });
  });

  test('nodeIds take any node: a priority item, depth 1, is its ministry, its measures and their item edges', async () => {
    const g = await graph({ seed: { nodeIds: ['2024/cabinet-office/p4'] }, edgeTypes: ['HAS_PRIORITY', 'HAS_MEASURE'] });
    const { priorityItem } = await api.data(`{ priorityItem(id: "2024/cabinet-office/p4") { title measures { id } } }`);
    expect(idsOf(g.nodes)).toEqual(['cabinet-office', '2024/cabinet-office/p4', ...idsOf(priorityItem.measures)].sort());
    expect(g.nodes.find((n) => n.id === '2024/cabinet-office/p4')).toMatchObject({ type: 'PriorityItem', label: priorityItem.title });
  });

  test('several seeds of different kinds are merged, each node once', async () => {
    const g = await graph({ seed: { ministryIds: ['cabinet-office'], measureIds: ['2024/cabinet-office/p4/m1'], clausePaths: ['Ⅱ.3.(1)②'] } });
    for (const id of ['cabinet-office', '2024/cabinet-office/p4/m1', 'clause/Ⅱ.3.(1)②', '2024/cabinet-office/p4']) expect(g.nodes.some((n) => n.id === id)).toBe(true);
  });
});

describe('themes and similarity (relationships walked generically, whether or not the ingest made any)', () => {
  let driver: Driver;
  let version = '';
  const theme = { id: 'graph-test/theme', nameJa: 'テスト主題', nameEn: 'Test theme' };
  const [a, b] = ['2024/cabinet-office/p4/m1', '2024/japan-fair-trade-commission/p3/m3'];
  beforeAll(async () => {
    await api.data(`{ stats { nodes { type } } }`); // the API (and its ingest) is up
    driver = testDriver();
    // Nodes are keyed by uid = <version>|<id> in the version the year's report serves.
    const { records } = await driver.executeQuery(`MATCH (r:Report {fiscalYear: 2024}) RETURN r.version AS version`);
    version = records[0].get('version') as string;
    // A theme of our own (its id is ours alone), and a SIMILAR_TO a→b unless the ingest made one.
    await driver.executeQuery(
      `MATCH (a:Measure {uid: $version + '|' + $a}), (b:Measure {uid: $version + '|' + $b})
       CREATE (t:Theme {id: $theme.id, uid: $version + '|' + $theme.id, version: $version, fiscalYear: 2024, nameJa: $theme.nameJa, nameEn: $theme.nameEn})
       CREATE (a)-[:HAS_THEME {terms: ['管理職', '研修']}]->(t), (b)-[:HAS_THEME {terms: ['管理職']}]->(t)
       WITH a, b WHERE NOT (a)-[:SIMILAR_TO]->(b)
       CREATE (a)-[:SIMILAR_TO {score: 0.42, sharedTerms: ['管理職'], sharedThemes: [$theme.id], graphTest: true}]->(b)`,
      { a, b, theme, version },
    );
  });
  afterAll(async () => {
    await driver.executeQuery(`MATCH ()-[r:SIMILAR_TO {graphTest: true}]->() DELETE r`);
    await driver.executeQuery(`MATCH (t:Theme {id: $id}) DETACH DELETE t`, { id: theme.id });
    await driver.close();
  });

  test('theme seed: the theme and its measures, HAS_THEME weighted by its number of terms', async () => {
    const g = await graph({ seed: { themeIds: [theme.id] }, edgeTypes: ['HAS_THEME'] });
    expect(idsOf(g.nodes)).toEqual([a, b, theme.id].sort());
    expect(g.nodes.find((n) => n.id === theme.id)).toMatchObject({ type: 'Theme', label: 'テスト主題' });
    expect(g.edges.map((e) => [e.source, e.target, e.weight]).sort()).toEqual([[a, theme.id, 2], [b, theme.id, 1]].sort());
  });

  test('themes the ingest made (if any): a theme seed gives exactly the measures carrying it', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (t:Theme {version: $version}) WHERE t.id <> $ours OPTIONAL MATCH (x:Measure)-[:HAS_THEME]->(t) RETURN t.id AS id, collect(x.id) AS measures ORDER BY id`,
      { ours: theme.id, version },
    );
    const all = await graph({ seed: { all: true }, nodeTypes: ['Theme'], limit: 2000 });
    expect(idsOf(all.nodes)).toEqual([...records.map((r) => r.get('id') as string), theme.id].sort());
    for (const record of records.slice(0, 3)) {
      const g = await graph({ seed: { themeIds: [record.get('id')] }, nodeTypes: ['Measure'], edgeTypes: ['HAS_THEME'] });
      expect(idsOf(g.nodes)).toEqual([record.get('id'), ...record.get('measures')].sort());
    }
  });

  test('a limit keeps the most similar measures (strongest score first)', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (:Measure {uid: $version + '|' + $a})-[r:SIMILAR_TO]-(m:Measure) RETURN m.id AS id, max(r.score) AS score ORDER BY score DESC, id`,
      { a, version },
    );
    const g = await graph({ seed: { measureIds: [a] }, edgeTypes: ['SIMILAR_TO'], limit: 3 });
    expect(g.nodes.map((n) => n.id)).toEqual([a, ...records.slice(0, 2).map((r) => r.get('id') as string)]);
    expect(g.truncated).toBe(records.length > 2);
  });

  test('SIMILAR_TO: walked in both directions from a measure, weighted by its score; edgeTypes keeps only it', async () => {
    const g = await graph({ seed: { measureIds: [a] }, edgeTypes: ['SIMILAR_TO'], similarPerNode: null });
    const { records } = await driver.executeQuery(`MATCH (:Measure {uid: $version + '|' + $a})-[:SIMILAR_TO]-(m:Measure) RETURN DISTINCT m.id AS id`, { a, version });
    expect(idsOf(g.nodes)).toEqual([a, ...records.map((r) => r.get('id') as string)].sort());
    expect(new Set(g.edges.map((e) => e.type))).toEqual(new Set(['SIMILAR_TO']));
    const ab = g.edges.find((e) => e.source === a && e.target === b);
    expect(ab?.weight).toBe(ab?.data.score);
    expect(ab?.data.sharedTerms).toEqual(expect.any(Array));
    const noThemes = await graph({ seed: { measureIds: [a] }, nodeTypes: ['Measure', 'PriorityItem', 'Clause'] });
    expect(noThemes.nodes.some((n) => n.type === 'Theme')).toBe(false);
    expect(noThemes.nodes.some((n) => n.id === b)).toBe(true);
  });
});

describe("similarPerNode: each measure's strongest SIMILAR_TO among the nodes", () => {
  const seeds = [{ themeIds: ['theme/telework'] }, { clausePaths: ['Ⅱ.3.(1)②'] }, { ministryIds: ['justice'] }];

  /** The SIMILAR_TO ids each measure's `n` strongest (weight, then the other end's id, then the source's) make, of every one. */
  function strongest(all: Graph, n: number): Set<string> {
    const byNode = new Map<string, Edge[]>();
    for (const e of all.edges.filter((x) => x.type === 'SIMILAR_TO')) {
      for (const end of [e.source, e.target]) byNode.set(end, [...(byNode.get(end) ?? []), e]);
    }
    const other = (e: Edge, end: string) => (e.source === end ? e.target : e.source);
    // Cypher orders strings by UTF-16 code units, as < does.
    const byCodeUnits = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    const kept = new Set<string>();
    for (const [end, edges] of byNode) {
      edges.sort((x, y) => y.weight - x.weight || byCodeUnits(other(x, end), other(y, end)) || byCodeUnits(x.source, y.source));
      for (const e of edges.slice(0, n)) kept.add(e.id);
    }
    return kept;
  }

  test.each(seeds)('default 3, 1 and 0: the strongest of either end, the rest counted; the nodes and other edges unchanged (%j)', async (seed) => {
    const all = await graph({ seed, depth: 2, similarPerNode: null });
    const similarIds = all.edges.filter((e) => e.type === 'SIMILAR_TO').map((e) => e.id);
    expect(all.similarEdgesOmitted).toBe(0);
    const others = all.edges.filter((e) => e.type !== 'SIMILAR_TO');
    for (const n of [undefined, 1, 0]) {
      const g = await graph({ seed, depth: 2, ...(n === undefined ? {} : { similarPerNode: n }) });
      expect(g.nodes).toEqual(all.nodes);
      expect(g.edges.filter((e) => e.type !== 'SIMILAR_TO')).toEqual(others);
      const kept = g.edges.filter((e) => e.type === 'SIMILAR_TO');
      expect(new Set(kept.map((e) => e.id))).toEqual(strongest(all, n ?? 3));
      expect(kept).toEqual(all.edges.filter((e) => kept.some((k) => k.id === e.id))); // same edges, same order
      expect(g.similarEdgesOmitted).toBe(similarIds.length - kept.length);
    }
  });

  test('a theme seed at depth 2 draws far fewer similarity edges by default (the answer a drawing reads)', async () => {
    const all = await graph({ seed: seeds[0], depth: 2, similarPerNode: null });
    const drawn = await graph({ seed: seeds[0], depth: 2 });
    const count = (g: Graph) => g.edges.filter((e) => e.type === 'SIMILAR_TO').length;
    expect(count(all)).toBeGreaterThan(0);
    expect(count(drawn)).toBeLessThanOrEqual(3 * drawn.nodes.filter((n) => n.type === 'Measure').length);
    expect(count(drawn)).toBeLessThan(count(all));
  });
});

describe('depth, filters, limit', () => {
  test('depth 0 is the seeds and the edges among them; each hop adds the next ring', async () => {
    const seed = { ministryIds: ['cabinet-legislation-bureau'], clausePaths: ['Ⅱ.1.(1)④'] };
    const rings = [];
    for (const depth of [0, 1, 2, 3]) rings.push(idsOf((await graph({ seed, depth, limit: 2000 })).nodes));
    expect(rings[0]).toEqual(['cabinet-legislation-bureau', 'clause/Ⅱ.1.(1)④']);
    for (let i = 1; i < rings.length; i++) {
      expect(rings[i].length).toBeGreaterThan(rings[i - 1].length);
      expect(rings[i]).toEqual(expect.arrayContaining(rings[i - 1]));
    }
  });

  test('ministry depth 3 reaches every one of its measures and their clauses', async () => {
    const g = await graph({ seed: { ministryIds: ['cabinet-office'] }, depth: 3, limit: 2000, nodeTypes: ['Ministry', 'PriorityItem', 'Measure', 'Clause'] });
    const { ministry } = await api.data(`{ ministry(id: "cabinet-office") { measures(first: 100) { edges { node { id clauses { id } } } } } }`);
    for (const { node } of ministry.measures.edges) {
      expect(g.nodes.some((n) => n.id === node.id)).toBe(true);
      for (const c of node.clauses) expect(g.edges.some((e) => e.id === `UNDER_CLAUSE:${node.id}->${c.id}`)).toBe(true);
    }
  });

  test('nodeTypes keeps and walks only those types; seeds are kept whatever their type', async () => {
    const g = await graph({ seed: { clausePaths: ['Ⅱ.3.(1)②'] }, depth: 2, nodeTypes: ['Clause'] });
    expect(new Set(g.nodes.map((n) => n.type))).toEqual(new Set(['Clause']));
    expect(new Set(g.edges.map((e) => e.type))).toEqual(new Set(['HAS_CHILD']));
    const seedOnly = await graph({ seed: { ministryIds: ['cabinet-office'] }, nodeTypes: ['Measure'] });
    expect(idsOf(seedOnly.nodes)).toEqual(['cabinet-office']);
  });

  test('limit cuts far nodes first and says so; a limit that fits says nothing was cut', async () => {
    const seed = { ministryIds: ['cabinet-office'] };
    const whole = await graph({ seed, depth: 3, limit: 2000 });
    expect(whole.truncated).toBe(false);
    const cut = await graph({ seed, depth: 3, limit: 10 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(10);
    const ring1 = await graph({ seed, depth: 1, limit: 2000 });
    expect(idsOf(cut.nodes)).toEqual(expect.arrayContaining(idsOf(ring1.nodes))); // ring 1 (< 10 nodes) kept whole
    const exact = await graph({ seed, depth: 3, limit: whole.nodes.length });
    expect(exact.truncated).toBe(false);
    expect(idsOf(exact.nodes)).toEqual(idsOf(whole.nodes));
    const oneShort = await graph({ seed, depth: 3, limit: whole.nodes.length - 1 });
    expect(oneShort.truncated).toBe(true);
  });

  test('more seeds than the limit: the first ones kept, truncated', async () => {
    const { ministries } = await api.data(`{ ministries(first: 5) { edges { node { id } } } }`);
    const g = await graph({ seed: { ministryIds: ministries.edges.map((e: any) => e.node.id) }, depth: 0, limit: 3 });
    expect(g.nodes).toHaveLength(3);
    expect(g.truncated).toBe(true);
  });
});

describe('the whole graph', () => {
  test('seed { all: true }: the node and edge counts of stats (without the report node, which is not drawn)', async () => {
    const g = await graph({ seed: { all: true }, limit: 2000, similarPerNode: null });
    const { stats } = await api.data(`{ stats { counts } }`);
    const count = (list: { type: string }[]) => list.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x.type]: (acc[x.type] ?? 0) + 1 }), {});
    const { Report: report, ...nodeCounts } = stats.counts.nodes;
    expect(report).toBe(1);
    expect(count(g.nodes)).toEqual(nodeCounts);
    expect(count(g.edges)).toEqual(stats.counts.edges);
    expect(g.truncated).toBe(false);
    const drawn = await graph({ seed: { all: true }, limit: 2000 });
    expect(count(drawn.edges).SIMILAR_TO + drawn.similarEdgesOmitted).toBe(stats.counts.edges.SIMILAR_TO);
    expect((await graph({ seed: { all: true }, limit: 100 })).truncated).toBe(true);
  });
});

describe('format: CYTOSCAPE', () => {
  test('elements: every node with id/label/type; child clauses nested in their parent instead of HAS_CHILD edges', async () => {
    const g = await graph({ seed: { clausePaths: ['Ⅱ.3'] }, depth: 2, limit: 2000, format: 'CYTOSCAPE' });
    const { nodes, edges } = g.elements;
    expect(nodes.map((n: any) => n.data.id).sort()).toEqual(idsOf(g.nodes));
    for (const n of nodes) expect(n.data).toMatchObject({ label: expect.any(String), type: n.classes });
    const hasChild = g.edges.filter((e) => e.type === 'HAS_CHILD');
    expect(hasChild.length).toBeGreaterThan(0);
    for (const e of hasChild) expect(nodes.find((n: any) => n.data.id === e.target).data.parent).toBe(e.source);
    expect(edges).toHaveLength(g.edges.length - hasChild.length);
    expect(edges.every((e: any) => e.data.type !== 'HAS_CHILD')).toBe(true);
  });
});

describe('arguments', () => {
  test.each([
    [{ seed: { all: true }, depth: 4 }, /depth must be from 0 to 3; got 4/u],
    [{ seed: { all: true }, depth: -1 }, /depth must be from 0 to 3; got -1/u],
    [{ seed: { all: true }, limit: 0 }, /limit must be from 1 to 2000; got 0/u],
    [{ seed: { all: true }, limit: 2001 }, /limit must be from 1 to 2000; got 2001/u],
    [{ seed: { all: true }, similarPerNode: -1 }, /similarPerNode must be from 0 to 100, or null for every one; got -1/u],
    [{ seed: { all: true }, similarPerNode: 101 }, /similarPerNode must be from 0 to 100, or null for every one; got 101/u],
    [{ seed: {} }, /seed must name at least one of/u],
    [{ seed: { all: true, ministryIds: ['cabinet-office'] } }, /either all: true or ids/u],
    [{ seed: { clausePaths: ['chapter two'] } }, /seed\.clausePaths must be a guideline clause path.*got "chapter two"/u],
  ])('%j is BAD_USER_INPUT', async (variables, message) => {
    const answer = await api.gql(GRAPH, variables);
    expect(answer.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.body.errors?.[0].message).toMatch(message);
  });
});

test('fiscalYear: the loaded year draws what the default draws; a year not loaded is NOT_FOUND naming the loaded ones', async () => {
  const query = `query ($seed: GraphSeed!, $fiscalYear: Int) { graph(seed: $seed, depth: 2, fiscalYear: $fiscalYear) { nodes { id data } edges { id } truncated } }`;
  const seed = { ministryIds: ['cabinet-office'] };
  const byDefault = await api.data(query, { seed });
  expect(byDefault.graph.nodes.length).toBeGreaterThan(10);
  for (const n of byDefault.graph.nodes) expect(n.data.fiscalYear).toBe(2024);
  expect(await api.data(query, { seed, fiscalYear: 2024 })).toEqual(byDefault);
  const unknown = await api.gql(query, { seed, fiscalYear: 2019 });
  expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect(unknown.body.errors?.[0].message).toMatch(/fiscal year 2019 .*loaded: 2024 \(令和6年度\)/u);
});

test.each([
  [0, 2],
  [1, 2],
  [2, 2],
  [3, 3],
])('depth %i: %i round trips (the seeds with the first hop, one per middle hop, the last hop with the edges)', async (depth, trips) => {
  const before = api.executor().roundTrips;
  const g = await graph({ seed: { ministryIds: ['cabinet-office'] }, depth, limit: 2000 });
  expect(api.executor().roundTrips - before).toBe(trips);
  expect(g.nodes.length).toBeGreaterThan(depth === 0 ? 0 : 4);
});

test('without `data` in the selection the same nodes, labels, edges and weights come back (properties are then not read)', async () => {
  const variables = { seed: { ministryIds: ['cabinet-office'] }, depth: 2, limit: 200 };
  const full = await graph(variables);
  const lean = (
    await api.data<{ graph: Omit<Graph, 'elements'> }>(
      `query ($seed: GraphSeed!, $depth: Int, $limit: Int) { graph(seed: $seed, depth: $depth, limit: $limit) { nodes { id type label } edges { id source target type weight } truncated } }`,
      variables,
    )
  ).graph;
  expect(full.edges.some((e) => e.type === 'SIMILAR_TO' && Object.keys(e.data).length > 0)).toBe(true);
  expect(lean.nodes).toEqual(full.nodes.map(({ id, type, label }) => ({ id, type, label })));
  expect(lean.edges).toEqual(full.edges.map(({ id, source, target, type, weight }) => ({ id, source, target, type, weight })));
  expect(lean.truncated).toBe(full.truncated);
});
