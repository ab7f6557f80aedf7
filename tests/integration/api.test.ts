/**
 * The GraphQL API against the real Neo4j loaded with the bundled report: every root operation, the
 * clause-sharing headline against the gold records, argument errors, and batching (round trips).
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { useApi } from './helpers/api';

jest.setTimeout(60_000);

const api = useApi();

const squash = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');

interface Gold {
  ministry: string;
  priorityItems: { clauseRefs: string[]; measures: { head: string }[] }[];
}

/** Gold records (tests/fixtures/gold/NN-<ministry id>.json) with the measure heads under `path`. */
function goldUnder(path_: string): { ministryId: string; heads: string[] }[] {
  const dir = path.join(projectRoot, 'tests', 'fixtures', 'gold');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Gold;
      const items = gold.priorityItems.filter((p) => p.clauseRefs.some((c) => c.startsWith(path_)));
      return { ministryId: f.replace(/^\d+-/u, '').replace(/\.json$/u, ''), heads: items.flatMap((p) => p.measures.map((m) => m.head)) };
    })
    .filter((g) => g.heads.length > 0);
}

describe('ministriesSharingClause (headline)', () => {
  const query = `query ($path: String!) {
    ministriesSharingClause(path: $path) { ministry { id nameJa } measures { id head } clauses { path } }
  }`;

  test('Ⅱ.3.(1)② has every ministry whose gold records cite it, with those measures', async () => {
    const { ministriesSharingClause: rows } = await api.data(query, { path: 'Ⅱ.3.(1)②' });
    const gold = goldUnder('Ⅱ.3.(1)②');
    expect(gold.map((g) => g.ministryId)).toEqual(
      expect.arrayContaining(['cabinet-legislation-bureau', 'cabinet-office', 'japan-fair-trade-commission', 'financial-services-agency']),
    );
    for (const g of gold) {
      const row = rows.find((r: any) => r.ministry.id === g.ministryId);
      expect(row).toBeDefined();
      const heads = row.measures.map((m: any) => squash(m.head));
      for (const head of g.heads) expect(heads.some((h: string) => h.startsWith(squash(head)) || squash(head).startsWith(h))).toBe(true);
      for (const c of row.clauses) expect(c.path.startsWith('Ⅱ.3.(1)②')).toBe(true);
    }
  });

  test('a typed path (II.3.(1)2, full-width) gives the same answer as the canonical one', async () => {
    const canonical = await api.data(query, { path: 'Ⅱ.3.(1)②' });
    expect(await api.data(query, { path: 'II.3.(1)2' })).toEqual(canonical);
    expect(await api.data(query, { path: 'Ⅱ．３．（１）②' })).toEqual(canonical);
  });

  test('includeDescendants: false keeps only measures under exactly that clause', async () => {
    const { ministriesSharingClause: rows } = await api.data(
      `{ ministriesSharingClause(path: "Ⅱ.3.(1)②", includeDescendants: false) { ministry { id } clauses { path } } }`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.clauses.map((c: any) => c.path)).toEqual(['Ⅱ.3.(1)②']);
  });

  test('minMinistries above the number sharing gives an empty list', async () => {
    const { ministriesSharingClause: rows } = await api.data(`{ ministriesSharingClause(path: "Ⅱ.3.(1)②", minMinistries: 1000) { ministry { id } } }`);
    expect(rows).toEqual([]);
  });

  test('unknown path is NOT_FOUND; malformed path is BAD_USER_INPUT naming the expected form', async () => {
    const unknown = await api.gql(query, { path: 'Ⅻ.9' });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const malformed = await api.gql(query, { path: 'chapter two' });
    expect(malformed.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.body.errors?.[0].message).toMatch(/Ⅱ\.3\.\(1\)②.*got "chapter two"/u);
  });
});

describe('connections', () => {
  test('ministries: report order, totalCount, pages joined by after give the whole list', async () => {
    const all = await api.data(`{ ministries(first: 100) { totalCount edges { node { id } } pageInfo { hasNextPage } } }`);
    expect(all.ministries.totalCount).toBe(all.ministries.edges.length);
    expect(all.ministries.pageInfo.hasNextPage).toBe(false);
    const first = await api.data(`{ ministries(first: 5) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`);
    expect(first.ministries.pageInfo.hasNextPage).toBe(true);
    const next = await api.data(`query ($after: String) { ministries(first: 5, after: $after) { edges { node { id } } } }`, {
      after: first.ministries.pageInfo.endCursor,
    });
    const ids = [...first.ministries.edges, ...next.ministries.edges].map((e: any) => e.node.id);
    expect(ids).toEqual(all.ministries.edges.slice(0, 10).map((e: any) => e.node.id));
  });

  test('first defaults to 20; above 100 is BAD_USER_INPUT saying the limit and what came', async () => {
    const page = await api.data(`{ measures { edges { node { id } } } }`);
    expect(page.measures.edges).toHaveLength(20);
    const tooMany = await api.gql(`{ measures(first: 101) { totalCount } }`);
    expect(tooMany.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.body.errors?.[0].message).toMatch(/at most 100; got 101/u);
  });

  test('a cursor that is not one is BAD_USER_INPUT', async () => {
    const answer = await api.gql(`{ ministries(after: "nonsense") { totalCount } }`);
    expect(answer.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('ministries(where: nameContains) matches Japanese and English names', async () => {
    const ja = await api.data(`{ ministries(where: { nameContains: "金融" }) { edges { node { id nameEn } } } }`);
    expect(ja.ministries.edges.map((e: any) => e.node.id)).toContain('financial-services-agency');
    const en = await api.data(`{ ministries(where: { nameContains: "cabinet office" }) { edges { node { id } } } }`);
    expect(en.ministries.edges.map((e: any) => e.node.id)).toContain('cabinet-office');
  });

  test('priorityItems(where: ministryId) lists that ministry’s items in order', async () => {
    const { priorityItems } = await api.data(`{ priorityItems(where: { ministryId: "cabinet-office" }) { totalCount edges { node { id order ministry { id } } } } }`);
    expect(priorityItems.totalCount).toBeGreaterThan(0);
    const orders = priorityItems.edges.map((e: any) => e.node.order);
    expect(orders).toEqual([...orders].sort((a: number, b: number) => a - b));
    for (const e of priorityItems.edges) expect(e.node.ministry.id).toBe('cabinet-office');
  });
});

describe('measures(where)', () => {
  const q = `query ($where: MeasureWhere) { measures(where: $where, first: 100) { totalCount edges { node { id status text ministry { id } priorityItem { id } clauses { path } } } } }`;

  test('by clausePath: descendants by default, exact clause on request', async () => {
    const deep = await api.data(q, { where: { clausePath: 'II.3' } });
    const exact = await api.data(q, { where: { clausePath: 'II.3', includeDescendants: false } });
    expect(deep.measures.totalCount).toBeGreaterThan(exact.measures.totalCount);
    for (const e of deep.measures.edges) expect(e.node.clauses.some((c: any) => c.path.startsWith('Ⅱ.3'))).toBe(true);
  });

  test('by ministry, item and status', async () => {
    const { measures } = await api.data(q, { where: { ministryId: 'cabinet-office', priorityItemId: 'cabinet-office/p4', status: 'NEW' } });
    expect(measures.totalCount).toBeGreaterThan(0);
    for (const e of measures.edges) {
      expect(e.node).toMatchObject({ status: 'NEW', ministry: { id: 'cabinet-office' }, priorityItem: { id: 'cabinet-office/p4' } });
    }
  });

  test('textContains ignores white space and width (NFKC) on both sides', async () => {
    const plain = await api.data(q, { where: { textContains: 'テレワーク' } });
    expect(plain.measures.totalCount).toBeGreaterThan(0);
    const spaced = await api.data(q, { where: { textContains: ' ﾃﾚ ワーク ' } });
    expect(spaced.measures.totalCount).toBe(plain.measures.totalCount);
  });

  test('a malformed clausePath is BAD_USER_INPUT', async () => {
    const answer = await api.gql(q, { where: { clausePath: '3.(1)' } });
    expect(answer.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('single objects and node(id)', () => {
  test('ministry, priorityItem, measure by id; unknown id is null', async () => {
    const data = await api.data(`{
      ministry(id: "cabinet-office") { id nameJa nameEn measureCount clauses { path } priorityItems { id } measures(first: 2) { totalCount edges { node { id } } } }
      priorityItem(id: "cabinet-office/p4") { id title order ministry { id } measures { id } clauses { path } }
      measure(id: "cabinet-office/p4/m1") { id head status source { lineStart lineEnd } ministry { id } priorityItem { id } clauses { path kind } }
      none: ministry(id: "no-such-ministry") { id }
    }`);
    expect(data.ministry).toMatchObject({ id: 'cabinet-office', nameJa: '内閣府' });
    expect(data.ministry.measures.totalCount).toBe(data.ministry.measureCount);
    expect(data.priorityItem.clauses.map((c: any) => c.path)).toContain('Ⅱ.3.(1)②');
    expect(data.measure.source.lineEnd).toBeGreaterThanOrEqual(data.measure.source.lineStart);
    expect(data.measure.priorityItem.id).toBe('cabinet-office/p4');
    expect(data.none).toBeNull();
  });

  test('node(id) resolves each type', async () => {
    const data = await api.data(`{
      a: node(id: "cabinet-office") { __typename id }
      b: node(id: "cabinet-office/p4") { __typename id }
      c: node(id: "cabinet-office/p4/m1") { __typename id ... on Measure { head } }
      d: node(id: "clause/Ⅱ.3.(1)②") { __typename id ... on Clause { path } }
      e: node(id: "nothing") { id }
    }`);
    expect([data.a, data.b, data.c, data.d].map((n: any) => n.__typename)).toEqual(['Ministry', 'PriorityItem', 'Measure', 'Clause']);
    expect(data.d.path).toBe('Ⅱ.3.(1)②');
    expect(data.e).toBeNull();
  });
});

describe('clauses', () => {
  test('clause(path): canonical or typed; parent, children, ancestors, measures, ministries, counts', async () => {
    const { clause } = await api.data(`{ clause(path: "ii.3.(1)") {
      id path title level kind parent { path } ancestors { path } children { path }
      measureCount measures { id } exact: measures(includeDescendants: false) { id } ministries { id }
    } }`);
    expect(clause).toMatchObject({ path: 'Ⅱ.3.(1)', level: 3, kind: 'GUIDELINE', parent: { path: 'Ⅱ.3' } });
    expect(clause.ancestors.map((c: any) => c.path)).toEqual(['Ⅱ', 'Ⅱ.3']);
    expect(clause.children.map((c: any) => c.path)).toContain('Ⅱ.3.(1)②');
    expect(clause.measureCount).toBe(clause.measures.length);
    expect(clause.exact.length).toBeLessThanOrEqual(clause.measures.length);
    expect(clause.ministries.map((m: any) => m.id)).toEqual(expect.arrayContaining(['cabinet-office', 'financial-services-agency']));
  });

  test('clause(path) of an unknown path is null; a malformed one BAD_USER_INPUT', async () => {
    expect((await api.data(`{ clause(path: "Ⅻ.9") { id } }`)).clause).toBeNull();
    expect((await api.gql(`{ clause(path: "hello") { id } }`)).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('clauses(where) by subtree, level and kind; clauseTree roots are level 1', async () => {
    const data = await api.data(`{
      under: clauses(where: { underPath: "Ⅱ.3" }) { path }
      level4: clauses(where: { level: 4, kind: GUIDELINE }) { level kind }
      plans: clauses(where: { kind: PLAN }) { kind level }
      clauseTree { path level children { path } }
    }`);
    expect(data.under.length).toBeGreaterThan(1);
    for (const c of data.under) expect(c.path.startsWith('Ⅱ.3')).toBe(true);
    for (const c of data.level4) expect(c).toEqual({ level: 4, kind: 'GUIDELINE' });
    for (const c of data.plans) expect(c).toEqual({ kind: 'PLAN', level: 0 });
    expect(data.clauseTree.length).toBeGreaterThan(0);
    for (const c of data.clauseTree) expect(c.level).toBe(1);
  });

  test('sharedClauses: clauses where all the given ministries have measures; unknown ministry NOT_FOUND', async () => {
    const { sharedClauses } = await api.data(`{ sharedClauses(ministryIds: ["cabinet-office", "financial-services-agency"]) { path } }`);
    expect(sharedClauses.map((c: any) => c.path)).toContain('Ⅱ.3.(1)②');
    const deep = await api.data(`{ sharedClauses(ministryIds: ["cabinet-office", "financial-services-agency"], includeDescendants: true) { path } }`);
    expect(deep.sharedClauses.map((c: any) => c.path)).toEqual(expect.arrayContaining(['Ⅱ', 'Ⅱ.3', 'Ⅱ.3.(1)', 'Ⅱ.3.(1)②']));
    const unknown = await api.gql(`{ sharedClauses(ministryIds: ["cabinet-office", "atlantis"]) { path } }`);
    expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(unknown.body.errors?.[0].message).toMatch(/atlantis/u);
  });
});

test('stats: counts by node and edge type and the report loaded', async () => {
  const { stats } = await api.data(`{ stats { nodes { type count } edges { type count } counts reports { id title loadedAt } } }`);
  expect(stats.counts.nodes).toMatchObject({ Report: 1, Ministry: expect.any(Number), Measure: expect.any(Number) });
  expect(stats.edges.map((e: any) => e.type)).toEqual(expect.arrayContaining(['HAS_PRIORITY', 'HAS_MEASURE', 'UNDER_CLAUSE', 'HAS_CHILD', 'COVERS']));
  expect(stats.reports).toHaveLength(1);
  expect(stats.reports[0].id).toBe('令和6年度');
  expect(Number.isNaN(Date.parse(stats.reports[0].loadedAt))).toBe(false);
});

test('no N+1: ministries → items → measures → clauses in two round trips whatever the number of ministries', async () => {
  const deep = `{ ministries(first: 100) { edges { node { id priorityItems { id measures { id clauses { id path } } } } } } }`;
  const before = api.executor().roundTrips;
  const data = await api.data(deep);
  const trips = api.executor().roundTrips - before;
  const ministries = data.ministries.edges.length;
  expect(ministries).toBeGreaterThan(20);
  // The ministries page, then the items of all ministries with their measures and clauses (the
  // items' resolver sees the query ask for measures and fetches them in the same round trip).
  expect(trips).toBe(2);
  console.log(`deep query over ${ministries} ministries: ${trips} Cypher round trips`);
});
