/**
 * Ministry.priorityItems fetches the items' measures and clauses in one round trip when the query
 * asks for them (src/resolvers/lookahead.ts): the answer must be exactly what the level-by-level
 * loaders give.
 */
import { useApi } from './helpers/api';

jest.setTimeout(60_000);

const api = useApi();

test('items → measures → clauses through a ministry (one round trip) equal the same read item by item', async () => {
  const measures = 'measures { id head status source { lineStart } clauses { id path kind title } }';
  const deep = await api.data(`{ ministries(first: 100) { edges { node { id priorityItems { id title order ${measures} } } } } }`);
  const flat = await api.data(`{ priorityItems(first: 100) { totalCount edges { node { id title order ministry { id } ${measures} } } } }`);
  const viaMinistries = deep.ministries.edges.flatMap((e: any) => e.node.priorityItems.map((p: any) => ({ ministry: e.node.id, ...p })));
  const itemByItem = flat.priorityItems.edges.map(({ node: { ministry, ...p } }: any) => ({ ministry: ministry.id, ...p }));
  expect(flat.priorityItems.totalCount).toBe(itemByItem.length);
  expect(viaMinistries.length).toBeGreaterThan(50);
  expect(viaMinistries).toEqual(itemByItem);
  expect(viaMinistries.some((p: any) => p.measures.some((m: any) => m.clauses.length > 1))).toBe(true);
});

test('a fragment asking for measures is seen too', async () => {
  const before = api.executor().roundTrips;
  const { ministry } = await api.data(`{ ministry(id: "cabinet-office") { ...Items } } fragment Items on Ministry { priorityItems { ... on PriorityItem { measures { id clauses { path } } } } }`);
  expect(api.executor().roundTrips - before).toBe(1);
  expect(ministry.priorityItems[0].measures.length).toBeGreaterThan(0);
});

test('one ministry with its items, measures and clauses is one round trip, the same as read level by level', async () => {
  const measures = 'measures { id head status clauses { id path kind title } }';
  const before = api.executor().roundTrips;
  const { ministry } = await api.data(`{ ministry(id: "cabinet-office") { id nameJa priorityItems { id title order ${measures} } } }`);
  expect(api.executor().roundTrips - before).toBe(1);
  const { priorityItems } = await api.data(`{ priorityItems(first: 100) { edges { node { id title order ministry { id } ${measures} } } } }`);
  const levelByLevel = priorityItems.edges.map((e: any) => e.node).filter((p: any) => p.ministry.id === 'cabinet-office').map(({ ministry: _m, ...p }: any) => p);
  expect(ministry.nameJa).toBe('内閣府');
  expect(levelByLevel.length).toBeGreaterThan(1);
  expect(ministry.priorityItems).toEqual(levelByLevel);
  const unknown = await api.data('{ ministry(id: "no-such-ministry") { priorityItems { measures { id } } } }');
  expect(unknown.ministry).toBeNull();
});

test('similar measures with their ministries are one round trip, the same ministries as read measure by measure', async () => {
  const before = api.executor().roundTrips;
  const { similarMeasures } = await api.data('{ similarMeasures(measureId: "2024/cabinet-office/p4/m2", first: 5) { score measure { id ministry { id nameJa } } } }');
  expect(api.executor().roundTrips - before).toBe(1);
  expect(similarMeasures.length).toBe(5);
  for (const { measure } of similarMeasures) {
    const { measure: again } = await api.data(`{ measure(id: ${JSON.stringify(measure.id)}) { priorityItem { ministry { id nameJa } } } }`);
    expect(measure.ministry).toEqual(again.priorityItem.ministry);
  }
});

test('a page of measures brings each measure’s item and ministry in its one round trip, the same as read item by item', async () => {
  const fourth = (await api.data(`{ measures(first: 4) { pageInfo { endCursor } } }`)).measures.pageInfo.endCursor;
  const before = api.executor().roundTrips;
  const { measures } = await api.data(`query ($after: String) { measures(first: 100, after: $after) { edges { node { id priorityItem { id title } ministry { id nameJa } } } } }`, { after: fourth });
  expect(api.executor().roundTrips - before).toBe(1);
  const { priorityItems } = await api.data(`{ priorityItems(first: 100) { edges { node { id title ministry { id nameJa } measures { id } } } } }`);
  const expected = new Map<string, unknown>();
  for (const { node } of priorityItems.edges) for (const m of node.measures) expected.set(m.id, { id: m.id, priorityItem: { id: node.id, title: node.title }, ministry: node.ministry });
  expect(measures.edges.length).toBe(100);
  expect(measures.edges.map((e: any) => e.node.id)).toEqual([...expected.keys()].slice(4, 104)); // the page right after the fourth measure
  for (const { node } of measures.edges) expect(node).toEqual(expected.get(node.id));
});

test('Ministry.measures(where) over every ministry is one round trip, each page the same as the root query for that ministry', async () => {
  const page = 'totalCount edges { cursor node { id head priorityItem { id } } } pageInfo { hasNextPage endCursor }';
  const before = api.executor().roundTrips;
  const { ministries } = await api.data(`{ ministries(first: 100) { edges { node { id measures(where: { textContains: "研修" }, first: 2) { ${page} } } } } }`);
  expect(api.executor().roundTrips - before).toBe(2); // the ministries' page, then one batch for all their measures
  const nodes = ministries.edges.map((e: any) => e.node);
  expect(nodes.length).toBeGreaterThan(20);
  expect(nodes.filter((n: any) => n.measures.totalCount > 0).length).toBeGreaterThan(5);
  expect(nodes.some((n: any) => n.measures.totalCount === 0)).toBe(true);
  for (const n of nodes) {
    const { measures } = await api.data(`{ measures(where: { ministryId: ${JSON.stringify(n.id)}, textContains: "研修" }, first: 2) { ${page} } }`);
    expect(n.measures).toEqual(measures);
  }
});
