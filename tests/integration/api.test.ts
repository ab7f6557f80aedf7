/**
 * The GraphQL API against the real Neo4j loaded with the bundled report (fiscal year 2024, the only
 * year loaded): every root operation, the clause-sharing headline against the gold records, keyset
 * pages joined against whole lists, the priority items' alignment against the extracted records,
 * argument errors, and batching (round trips). Several years and re-ingests: versions.test.ts.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { loadAlignmentKnowledge } from '../../src/ingest/alignment/knowledge';
import { loadMinistryDirectory } from '../../src/ingest/ministryDirectory';
import { parseReport } from '../../src/ingest/parseReport';
import { readReportFile } from '../../src/ingest/readReport';
import { BUNDLED_REPORT, useApi } from './helpers/api';
import { allPages, decodeCursor, type Page } from './helpers/pages';

jest.setTimeout(60_000);

const api = useApi();

const squash = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');
const nodesOf = <T>(connection: Page<T>): T[] => connection.edges.map((e) => e.node);
const idsOf = (connection: Page<{ id: string }>): string[] => nodesOf(connection).map((n) => n.id);

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

/** Every page of `field` (a root connection taking $first and $after) with `size` per page, joined. */
async function joined(query: string, field: string, size: number, variables: Record<string, unknown> = {}) {
  return allPages(async (after) => (await api.data(query, { ...variables, first: size, after }))[field] as Page<any>);
}

describe('ministriesSharingClause (headline)', () => {
  const query = `query ($path: String!) {
    ministriesSharingClause(path: $path, first: 100) {
      totalCount edges { node { ministry { id nameJa fiscalYear } measures { id head fiscalYear } clauses { path } } } pageInfo { hasNextPage }
    }
  }`;

  test('Ⅱ.3.(1)② has every ministry whose gold records cite it, with those measures', async () => {
    const { ministriesSharingClause: connection } = await api.data(query, { path: 'Ⅱ.3.(1)②' });
    const rows = nodesOf<any>(connection);
    expect(connection.totalCount).toBe(rows.length);
    expect(connection.pageInfo.hasNextPage).toBe(false);
    const gold = goldUnder('Ⅱ.3.(1)②');
    expect(gold.map((g) => g.ministryId)).toEqual(
      expect.arrayContaining(['cabinet-legislation-bureau', 'cabinet-office', 'japan-fair-trade-commission', 'financial-services-agency']),
    );
    for (const g of gold) {
      const row = rows.find((r: any) => r.ministry.id === g.ministryId);
      expect(row).toBeDefined();
      expect(row.ministry.fiscalYear).toBe(2024);
      const heads = row.measures.map((m: any) => squash(m.head));
      for (const head of g.heads) expect(heads.some((h: string) => h.startsWith(squash(head)) || squash(head).startsWith(h))).toBe(true);
      for (const m of row.measures) expect(m).toMatchObject({ id: expect.stringMatching(new RegExp(`^2024/${g.ministryId}/p\\d+/m\\d+$`, 'u')), fiscalYear: 2024 });
      for (const c of row.clauses) expect(c.path.startsWith('Ⅱ.3.(1)②')).toBe(true);
    }
  });

  test('a typed path (II.3.(1)2, full-width) gives the same answer as the canonical one', async () => {
    const canonical = await api.data(query, { path: 'Ⅱ.3.(1)②' });
    expect(await api.data(query, { path: 'II.3.(1)2' })).toEqual(canonical);
    expect(await api.data(query, { path: 'Ⅱ．３．（１）②' })).toEqual(canonical);
  });

  test('includeDescendants: false keeps only measures under exactly that clause', async () => {
    const { ministriesSharingClause: connection } = await api.data(
      `{ ministriesSharingClause(path: "Ⅱ.3.(1)②", includeDescendants: false, first: 100) { totalCount edges { node { ministry { id } clauses { path } } } } }`,
    );
    expect(connection.totalCount).toBeGreaterThan(0);
    for (const r of nodesOf<any>(connection)) expect(r.clauses.map((c: any) => c.path)).toEqual(['Ⅱ.3.(1)②']);
  });

  test('minMinistries: the whole answer when that many share the clause, else totalCount 0 and no edges', async () => {
    const ask = async (min: number) =>
      (await api.data(`query ($min: PositiveInt) { ministriesSharingClause(path: "Ⅱ.3.(1)②", minMinistries: $min, first: 100) { totalCount edges { node { ministry { id } } } pageInfo { hasNextPage endCursor } } }`, { min }))
        .ministriesSharingClause;
    const all = await ask(1);
    expect(all.totalCount).toBeGreaterThan(3);
    expect(await ask(all.totalCount)).toEqual(all);
    expect(await ask(all.totalCount + 1)).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(await ask(1000)).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  test('pages of three joined are the whole answer, in report order', async () => {
    const page = `query ($first: NonNegativeInt, $after: String) { ministriesSharingClause(path: "Ⅱ", first: $first, after: $after) {
      totalCount edges { cursor node { ministry { id order } measures { id } } } pageInfo { hasNextPage endCursor } } }`;
    const whole = await joined(page, 'ministriesSharingClause', 100);
    const byThree = await joined(page, 'ministriesSharingClause', 3);
    expect(whole.pages).toBe(1);
    expect(whole.nodes.length).toBe(whole.totalCount);
    expect(byThree.pages).toBe(Math.ceil(whole.totalCount / 3));
    expect(byThree.nodes).toEqual(whole.nodes);
    const orders = whole.nodes.map((n: any) => n.ministry.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  test('each row: its measures there, and the clauses they are under below the path, in report order', async () => {
    const clauseOrder = (await joined(`query ($first: NonNegativeInt, $after: String) { clauses(first: $first, after: $after) { totalCount edges { node { path } } pageInfo { hasNextPage endCursor } } }`, 'clauses', 100)).nodes.map(
      (c: any) => c.path,
    );
    const { ministriesSharingClause: connection } = await api.data(
      `{ ministriesSharingClause(path: "Ⅱ", first: 100) { edges { node { ministry { id } measures { id clauses { path kind } } clauses { path } } } } }`,
    );
    for (const row of nodesOf<any>(connection)) {
      const under = (m: any) => m.clauses.filter((c: any) => c.kind === 'GUIDELINE' && (c.path === 'Ⅱ' || c.path.startsWith('Ⅱ.'))).map((c: any) => c.path);
      for (const m of row.measures) expect(under(m).length).toBeGreaterThan(0);
      const expected = [...new Set(row.measures.flatMap(under))].sort((a: any, b: any) => clauseOrder.indexOf(a) - clauseOrder.indexOf(b));
      expect(row.clauses.map((c: any) => c.path)).toEqual(expected);
    }
  });

  test('unknown path is NOT_FOUND; malformed path is BAD_USER_INPUT naming the expected form', async () => {
    const unknown = await api.gql(query, { path: 'Ⅻ.9' });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(unknown.body.errors?.[0].message).toMatch(/Ⅻ\.9.*2024/u);
    const malformed = await api.gql(query, { path: 'chapter two' });
    expect(malformed.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.body.errors?.[0].message).toMatch(/Ⅱ\.3\.\(1\)②.*got "chapter two"/u);
  });
});

describe('connections (keyset cursors)', () => {
  const pageFields = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor }';

  test('ministries: report order, totalCount, pages joined by after give the whole list', async () => {
    const all = await api.data(`{ ministries(first: 100) { totalCount edges { node { id order } } pageInfo { hasNextPage } } }`);
    expect(all.ministries.totalCount).toBe(27);
    expect(all.ministries.edges).toHaveLength(27);
    expect(all.ministries.pageInfo.hasNextPage).toBe(false);
    const orders = nodesOf<any>(all.ministries).map((m) => m.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    const byFive = await joined(`query ($first: NonNegativeInt, $after: String) { ministries(first: $first, after: $after) { ${pageFields} } }`, 'ministries', 5);
    expect(byFive.pages).toBe(6);
    expect(byFive.nodes.map((n: any) => n.id)).toEqual(idsOf(all.ministries));
  });

  test('measures: pages of 30 and of 100 joined are every measure, in report order (item by item)', async () => {
    const { priorityItems } = await api.data(`{ priorityItems(first: 100) { totalCount edges { node { measures { id } } } } }`);
    expect(priorityItems.totalCount).toBe(priorityItems.edges.length);
    const reportOrder = nodesOf<any>(priorityItems).flatMap((p) => p.measures.map((m: any) => m.id));
    expect(reportOrder.length).toBeGreaterThan(100);
    const page = `query ($first: NonNegativeInt, $after: String) { measures(first: $first, after: $after) { ${pageFields} } }`;
    for (const size of [30, 100]) {
      const all = await joined(page, 'measures', size);
      expect(all.totalCount).toBe(reportOrder.length);
      expect(all.pages).toBe(Math.ceil(reportOrder.length / size));
      expect(all.nodes.map((n: any) => n.id)).toEqual(reportOrder);
    }
  });

  test('priority items: pages of 10 joined are the whole list, in report order', async () => {
    const page = `query ($first: NonNegativeInt, $after: String) { priorityItems(first: $first, after: $after) { totalCount edges { cursor node { id ministry { order } order } } pageInfo { hasNextPage endCursor } } }`;
    const whole = await joined(page, 'priorityItems', 100);
    const byTen = await joined(page, 'priorityItems', 10);
    expect(whole.pages).toBe(1);
    expect(byTen.pages).toBe(Math.ceil(whole.totalCount / 10));
    expect(byTen.nodes).toEqual(whole.nodes);
    const keys = whole.nodes.map((p: any) => p.ministry.order * 1000 + p.order);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });

  test('clauses: pages of 5 joined are the whole list, guideline first, then by path', async () => {
    const page = `query ($first: NonNegativeInt, $after: String) { clauses(first: $first, after: $after) { totalCount edges { cursor node { id kind path } } pageInfo { hasNextPage endCursor } } }`;
    const whole = await joined(page, 'clauses', 100);
    const byFive = await joined(page, 'clauses', 5);
    expect(whole.nodes.length).toBe(whole.totalCount);
    expect(byFive.nodes).toEqual(whole.nodes);
    const keys = whole.nodes.map((c: any) => `${c.kind}\u0000${c.path}`);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(whole.nodes.filter((c: any) => c.kind === 'PLAN').length).toBeGreaterThan(0);
  });

  test('Clause.measures and Clause.ministries: pages joined equal the root queries for that clause', async () => {
    const measures = `query ($first: NonNegativeInt, $after: String, $descendants: Boolean) { clause(path: "Ⅱ") { measures(includeDescendants: $descendants, first: $first, after: $after) { ${pageFields} } } }`;
    const clausePages = async (size: number, descendants: boolean) =>
      allPages(async (after) => (await api.data(measures, { first: size, after, descendants })).clause.measures);
    const rootPages = async (includeDescendants: boolean) =>
      allPages(async (after) => (await api.data(`query ($after: String, $where: MeasureWhere) { measures(where: $where, first: 100, after: $after) { ${pageFields} } }`, { after, where: { clausePath: 'Ⅱ', includeDescendants } })).measures);
    const { clause } = await api.data(`{ clause(path: "Ⅱ") { measureCount } }`);
    const deep = await clausePages(9, true);
    expect(deep.totalCount).toBe(clause.measureCount);
    expect(deep.nodes.length).toBe(clause.measureCount);
    expect(deep.pages).toBeGreaterThan(2);
    expect(deep.nodes).toEqual((await rootPages(true)).nodes);
    expect((await clausePages(9, false)).nodes).toEqual((await rootPages(false)).nodes);

    const ministries = `query ($first: NonNegativeInt, $after: String) { clause(path: "Ⅱ.3.(1)②") { ministries(first: $first, after: $after) { ${pageFields} } } }`;
    const byTwo = await allPages(async (after) => (await api.data(ministries, { first: 2, after })).clause.ministries);
    const sharing = await api.data(`{ ministriesSharingClause(path: "Ⅱ.3.(1)②", first: 100) { edges { node { ministry { id } } } } }`);
    expect(byTwo.nodes.map((n: any) => n.id)).toEqual(nodesOf<any>(sharing.ministriesSharingClause).map((r) => r.ministry.id));
  });

  test('a cursor is base64 JSON of the rank, id, version and content key of its node', async () => {
    const { measures } = await api.data(`{ measures(first: 2) { edges { cursor node { id } } pageInfo { endCursor } } }`);
    const cursor = decodeCursor(measures.edges[1].cursor);
    expect(cursor).toEqual({ r: expect.any(Number), i: measures.edges[1].node.id, v: expect.stringMatching(/^fy2024x[0-9a-z]+$/u), k: expect.stringMatching(/^[0-9a-f]{8}$/u) });
    expect(measures.pageInfo.endCursor).toBe(measures.edges[1].cursor);
  });

  test('first defaults to 20; 0 gives the count and no edges; above 100 is BAD_USER_INPUT saying the range and what came', async () => {
    const page = await api.data(`{ measures { edges { node { id } } } }`);
    expect(page.measures.edges).toHaveLength(20);
    const none = await api.data(`{ measures(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`);
    expect(none.measures).toEqual({ totalCount: expect.any(Number), edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
    expect(none.measures.totalCount).toBeGreaterThan(100);
    const tooMany = await api.gql(`{ measures(first: 101) { totalCount } }`);
    expect(tooMany.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.body.errors?.[0].message).toMatch(/from 0 to 100; got 101/u);
  });

  test('a cursor that is not one, and an old offset cursor, are BAD_USER_INPUT', async () => {
    for (const after of ['nonsense', 'b2Zmc2V0OjA=' /* offset:0 */, Buffer.from('{"r":"1","i":"x","v":"y"}').toString('base64')]) {
      const answer = await api.gql(`query ($after: String) { ministries(after: $after) { totalCount } }`, { after });
      expect(answer.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.body.errors?.[0].message).toMatch(/after must be a cursor/u);
    }
  });

  test('ministries(where: nameContains) matches Japanese and English names', async () => {
    const ja = await api.data(`{ ministries(where: { nameContains: "金融" }) { edges { node { id nameEn } } } }`);
    expect(idsOf(ja.ministries)).toContain('financial-services-agency');
    const en = await api.data(`{ ministries(where: { nameContains: "cabinet office" }) { edges { node { id } } } }`);
    expect(idsOf(en.ministries)).toContain('cabinet-office');
  });

  test('priorityItems(where: ministryId) lists that ministry’s items in order', async () => {
    const { priorityItems } = await api.data(`{ priorityItems(where: { ministryId: "cabinet-office" }) { totalCount edges { node { id order ministry { id } } } } }`);
    expect(priorityItems.totalCount).toBeGreaterThan(0);
    const orders = priorityItems.edges.map((e: any) => e.node.order);
    expect(orders).toEqual([...orders].sort((a: number, b: number) => a - b));
    for (const e of priorityItems.edges) {
      expect(e.node.ministry.id).toBe('cabinet-office');
      expect(e.node.id).toMatch(/^2024\/cabinet-office\/p\d+$/u);
    }
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

  test('by ministry, item (id with its year) and status', async () => {
    const { measures } = await api.data(q, { where: { ministryId: 'cabinet-office', priorityItemId: '2024/cabinet-office/p4', status: 'NEW' } });
    expect(measures.totalCount).toBeGreaterThan(0);
    for (const e of measures.edges) {
      expect(e.node).toMatchObject({ status: 'NEW', ministry: { id: 'cabinet-office' }, priorityItem: { id: '2024/cabinet-office/p4' } });
    }
    // An item id without its year names no item.
    expect((await api.data(q, { where: { priorityItemId: 'cabinet-office/p4' } })).measures.totalCount).toBe(0);
  });

  test('textContains ignores white space and width (NFKC) on both sides', async () => {
    const plain = await api.data(q, { where: { textContains: 'テレワーク' } });
    expect(plain.measures.totalCount).toBeGreaterThan(0);
    const spaced = await api.data(q, { where: { textContains: ' ﾃﾚ ワーク ' } });
    expect(spaced.measures.totalCount).toBe(plain.measures.totalCount);
  });

  test('textContains over every measure (the text index) and within a ministry find exactly the texts holding the word', async () => {
    const all = await joined(`query ($first: NonNegativeInt, $after: String) { measures(first: $first, after: $after) { totalCount edges { node { id text ministry { id } } } pageInfo { hasNextPage endCursor } } }`, 'measures', 100);
    const holding = (word: string, ministryId?: string) =>
      all.nodes.filter((m: any) => squash(m.text).includes(squash(word)) && (ministryId === undefined || m.ministry.id === ministryId)).map((m: any) => m.id);
    for (const word of ['研修', 'テレワーク', '１on１', 'ﾏﾈｼﾞﾒﾝﾄ', 'no-such-word']) {
      const found = await joined(`query ($first: NonNegativeInt, $after: String, $w: String) { measures(where: { textContains: $w }, first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`, 'measures', 100, { w: word });
      expect(found.nodes.map((m: any) => m.id)).toEqual(holding(word));
      expect(found.totalCount).toBe(holding(word).length);
      const inOffice = await api.data(`query ($w: String) { measures(where: { textContains: $w, ministryId: "cabinet-office" }, first: 100) { edges { node { id } } } }`, { w: word });
      expect(idsOf(inOffice.measures)).toEqual(holding(word, 'cabinet-office'));
    }
    expect(holding('研修').length).toBeGreaterThan(5);
  });

  test('a malformed clausePath is BAD_USER_INPUT', async () => {
    const answer = await api.gql(q, { where: { clausePath: '3.(1)' } });
    expect(answer.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('single objects and node(id)', () => {
  test('ministry, priorityItem, measure by id (items and measures say their year); unknown id is null', async () => {
    const data = await api.data(`{
      ministry(id: "cabinet-office") { id fiscalYear nameJa nameEn measureCount clauses { path } priorityItems { id } measures(first: 2) { totalCount edges { node { id } } } }
      priorityItem(id: "2024/cabinet-office/p4") { id fiscalYear title order ministry { id } measures { id } clauses { path } }
      measure(id: "2024/cabinet-office/p4/m1") { id fiscalYear head status source { lineStart lineEnd } ministry { id fiscalYear } priorityItem { id } clauses { path kind fiscalYear } }
      none: ministry(id: "no-such-ministry") { id }
      yearless: measure(id: "cabinet-office/p4/m1") { id }
      yearlessItem: priorityItem(id: "cabinet-office/p4") { id }
      notLoaded: measure(id: "2019/cabinet-office/p4/m1") { id }
    }`);
    expect(data.ministry).toMatchObject({ id: 'cabinet-office', fiscalYear: 2024, nameJa: '内閣府' });
    expect(data.ministry.measures.totalCount).toBe(data.ministry.measureCount);
    for (const p of data.ministry.priorityItems) expect(p.id).toMatch(/^2024\/cabinet-office\/p\d+$/u);
    expect(data.priorityItem).toMatchObject({ id: '2024/cabinet-office/p4', fiscalYear: 2024, ministry: { id: 'cabinet-office' } });
    expect(data.priorityItem.clauses.map((c: any) => c.path)).toContain('Ⅱ.3.(1)②');
    expect(data.priorityItem.measures.map((m: any) => m.id)).toContain('2024/cabinet-office/p4/m1');
    expect(data.measure).toMatchObject({ id: '2024/cabinet-office/p4/m1', fiscalYear: 2024, ministry: { id: 'cabinet-office', fiscalYear: 2024 }, priorityItem: { id: '2024/cabinet-office/p4' } });
    for (const c of data.measure.clauses) expect(c.fiscalYear).toBe(2024);
    expect(data.measure.source.lineEnd).toBeGreaterThanOrEqual(data.measure.source.lineStart);
    expect([data.none, data.yearless, data.yearlessItem, data.notLoaded]).toEqual([null, null, null, null]);
  });

  test('node(id) resolves each type', async () => {
    const data = await api.data(`{
      a: node(id: "cabinet-office") { __typename id }
      b: node(id: "2024/cabinet-office/p4") { __typename id }
      c: node(id: "2024/cabinet-office/p4/m1") { __typename id ... on Measure { head fiscalYear } }
      d: node(id: "clause/Ⅱ.3.(1)②") { __typename id ... on Clause { path } }
      e: node(id: "nothing") { id }
      f: node(id: "cabinet-office/p4/m1") { id }
    }`);
    expect([data.a, data.b, data.c, data.d].map((n: any) => n.__typename)).toEqual(['Ministry', 'PriorityItem', 'Measure', 'Clause']);
    expect([data.a, data.b, data.c, data.d].map((n: any) => n.id)).toEqual(['cabinet-office', '2024/cabinet-office/p4', '2024/cabinet-office/p4/m1', 'clause/Ⅱ.3.(1)②']);
    expect(data.c.fiscalYear).toBe(2024);
    expect(data.d.path).toBe('Ⅱ.3.(1)②');
    expect(data.e).toBeNull();
    expect(data.f).toBeNull();
  });
});

describe('PriorityItem.alignment', () => {
  test('every item: confidence in 0…1, MACHINE, not reviewed, its evidence — exactly what the extraction recorded', async () => {
    const records = parseReport(readReportFile(BUNDLED_REPORT), { directory: loadMinistryDirectory(), source: 'r6', knowledge: await loadAlignmentKnowledge() });
    const { priorityItems } = await api.data(`{ priorityItems(first: 100) { totalCount edges { node { id alignment { confidence method reviewed evidence { kind detail weight } } } } } }`);
    const items = nodesOf<any>(priorityItems);
    const recorded = records.ministries.flatMap((m) => m.priorityItems);
    expect(items).toHaveLength(recorded.length);
    const kinds = new Set<string>();
    for (const item of items) {
      const { confidence, method, reviewed, evidence } = item.alignment;
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
      expect(method).toBe('MACHINE');
      expect(reviewed).toBe(false);
      expect(evidence.length).toBeGreaterThan(0);
      for (const e of evidence) {
        expect(e).toEqual({ kind: expect.any(String), detail: expect.any(String), weight: expect.any(Number) });
        kinds.add(e.kind);
      }
    }
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['clauses', 'flow', 'terms', 'themes']));
    for (const kind of kinds) expect(['terms', 'clauses', 'themes', 'plan', 'flow', 'review']).toContain(kind);
    expect(items).toEqual(
      recorded.map((p) => ({ id: `2024/${p.id}`, alignment: { confidence: p.alignment.confidence, method: p.alignment.method, reviewed: false, evidence: p.alignment.evidence } })),
    );
  });
});

describe('clauses', () => {
  test('clause(path): canonical or typed; parent, children, ancestors, measures, ministries, counts', async () => {
    const { clause } = await api.data(`{ clause(path: "ii.3.(1)") {
      id fiscalYear path title level kind parent { path } ancestors { path } children { path }
      measureCount measures(first: 100) { totalCount edges { node { id } } } exact: measures(includeDescendants: false, first: 100) { totalCount }
      ministries(first: 100) { totalCount edges { node { id } } }
    } }`);
    expect(clause).toMatchObject({ id: 'clause/Ⅱ.3.(1)', fiscalYear: 2024, path: 'Ⅱ.3.(1)', level: 3, kind: 'GUIDELINE', parent: { path: 'Ⅱ.3' } });
    expect(clause.ancestors.map((c: any) => c.path)).toEqual(['Ⅱ', 'Ⅱ.3']);
    expect(clause.children.map((c: any) => c.path)).toContain('Ⅱ.3.(1)②');
    expect(clause.measures.totalCount).toBe(clause.measureCount);
    expect(clause.measures.edges).toHaveLength(Math.min(clause.measureCount, 100));
    expect(clause.exact.totalCount).toBeLessThanOrEqual(clause.measures.totalCount);
    expect(clause.ministries.totalCount).toBe(clause.ministries.edges.length);
    expect(idsOf(clause.ministries)).toEqual(expect.arrayContaining(['cabinet-office', 'financial-services-agency']));
  });

  test('clause(path) of an unknown path is null; a malformed one BAD_USER_INPUT', async () => {
    expect((await api.data(`{ clause(path: "Ⅻ.9") { id } }`)).clause).toBeNull();
    expect((await api.gql(`{ clause(path: "hello") { id } }`)).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('clauses(where) by subtree, level and kind; clauseTree roots are level 1', async () => {
    const data = await api.data(`{
      under: clauses(where: { underPath: "Ⅱ.3" }, first: 100) { totalCount edges { node { path } } }
      level4: clauses(where: { level: 4, kind: GUIDELINE }, first: 100) { totalCount edges { node { level kind } } }
      plans: clauses(where: { kind: PLAN }, first: 100) { totalCount edges { node { kind level } } }
      all: clauses(first: 0) { totalCount }
      clauseTree { path level children { path } }
    }`);
    for (const list of [data.under, data.level4, data.plans]) {
      expect(list.totalCount).toBeGreaterThan(0);
      expect(list.edges).toHaveLength(list.totalCount);
    }
    expect(data.under.totalCount).toBeGreaterThan(1);
    for (const c of nodesOf<any>(data.under)) expect(c.path.startsWith('Ⅱ.3')).toBe(true);
    for (const c of nodesOf(data.level4)) expect(c).toEqual({ level: 4, kind: 'GUIDELINE' });
    for (const c of nodesOf(data.plans)) expect(c).toEqual({ kind: 'PLAN', level: 0 });
    expect(data.all.totalCount).toBeGreaterThan(data.under.totalCount + data.plans.totalCount);
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

test('stats and reports: counts by node and edge type, and the report loaded (fiscal year 2024, the file’s SHA-256)', async () => {
  const report = 'id fiscalYear fiscalYearJa measuresFiscalYear measuresFiscalYearJa title source sha256 loadedAt';
  const { stats, reports, ofYear } = await api.data(`{
    stats { nodes { type count } edges { type count } counts reports { ${report} } }
    reports { ${report} }
    ofYear: stats(fiscalYear: 2024) { counts reports { id } }
  }`);
  expect(stats.counts.nodes).toMatchObject({ Report: 1, Ministry: 27, Measure: expect.any(Number) });
  const edgeTypes = stats.edges.map((e: any) => e.type);
  expect(edgeTypes).toEqual(expect.arrayContaining(['HAS_PRIORITY', 'HAS_MEASURE', 'UNDER_CLAUSE', 'HAS_CHILD']));
  expect(edgeTypes).not.toContain('COVERS');
  expect(stats.reports).toEqual([
    {
      id: 'report/2024',
      fiscalYear: 2024,
      fiscalYearJa: '令和6年度',
      measuresFiscalYear: 2023,
      measuresFiscalYearJa: '令和5年度',
      title: expect.stringContaining('フォローアップ'),
      source: path.basename(BUNDLED_REPORT),
      sha256: createHash('sha256').update(fs.readFileSync(BUNDLED_REPORT)).digest('hex'),
      loadedAt: expect.any(String),
    },
  ]);
  expect(Number.isNaN(Date.parse(stats.reports[0].loadedAt))).toBe(false);
  expect(reports).toEqual(stats.reports);
  expect(ofYear).toEqual({ counts: stats.counts, reports: [{ id: 'report/2024' }] });
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
