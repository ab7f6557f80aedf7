/**
 * Whether the response cache may be on by default: after an ingest that changes the report, every
 * cached operation answers from the new report within a second. A caching app (as `npm start`
 * runs it: versions read at most every 500 ms) answers a set of operations covering every root
 * field, twice (the second time from memory); a changed report of the same year is ingested; one
 * second after the switch, each operation's answer from the caching app must equal a fresh answer
 * from an app that caches nothing and reads the versions on every request.
 */
import { createApp, type App } from '../../src/server/app';
import { ingestReport } from '../../src/ingest/ingestReport';
import { DEFAULT_VERSION_TTL_MS } from '../../loaders/servedReports';
import { changedBundledReport, tempReport } from '../helpers/reportYears';
import { useApi } from './helpers/api';

jest.setTimeout(240_000);

const api = useApi();
let cached: App;
let fresh: App;
let cachedUrl = '';
let freshUrl = '';

beforeAll(async () => {
  cached = createApp({ config: { nodeEnv: 'test', corsOrigins: [], responseCache: 'on' }, executor: api.executor(), versionTtlMs: DEFAULT_VERSION_TTL_MS });
  fresh = createApp({ config: { nodeEnv: 'test', corsOrigins: [], responseCache: 'off' }, executor: api.executor(), versionTtlMs: 0 });
  cachedUrl = await cached.listen(0);
  freshUrl = await fresh.listen(0);
});
afterAll(async () => {
  await cached?.stop();
  await fresh?.stop();
});

interface Operation {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

async function post(url: string, op: Operation): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(op) });
  return response.json();
}

/** Operations over every root field, with arguments drawn from the loaded data. */
async function operations(): Promise<Operation[]> {
  const data = (await post(freshUrl, {
    query: '{ ministries(first: 100) { edges { node { id priorityItems { id measures { id } } } } } themes { id terms } clauses(first: 100) { edges { node { path kind } } } }',
  })) as { data: { ministries: { edges: { node: { id: string; priorityItems: { id: string; measures: { id: string }[] }[] } }[] }; themes: { id: string; terms: string[] }[]; clauses: { edges: { node: { path: string; kind: string } }[] } } };
  const ministries = data.data.ministries.edges.map((e) => e.node);
  const items = ministries.flatMap((m) => m.priorityItems);
  const measures = items.flatMap((p) => p.measures.map((x) => x.id));
  const paths = data.data.clauses.edges.map((e) => e.node).filter((c) => c.kind === 'GUIDELINE').map((c) => c.path);
  const every = <T>(list: readonly T[], step: number): T[] => list.filter((_, i) => i % step === 0);
  const ops: Operation[] = [
    { query: '{ reports { fiscalYear version: id title loadedAt sha256 } }' },
    { query: '{ stats { nodes { type count } edges { type count } } }' },
    { query: '{ clauseTree { path children { path measureCount } } }' },
    { query: '{ themes { id measureCount measures(first: 5) { totalCount edges { node { id head } } } } }' },
    { query: '{ measures(first: 50) { totalCount edges { cursor node { id head status } } pageInfo { endCursor hasNextPage } } }' },
    { query: '{ priorityItems(first: 100) { totalCount edges { node { id title alignment { confidence method } } } } }' },
    { query: '{ facets(dimensions: [MINISTRY, CLAUSE_SECTION]) { measureCount cells { count values { key } } } }' },
    { query: '{ graph(seed: { all: true }, limit: 2000) { nodes { id label } edges { id weight } truncated } }' },
    ...every(ministries, 3).map((m) => ({ query: 'query ($id: ID!) { ministry(id: $id) { nameJa measureCount priorityItems { title measures { id head clauses { path } } } } similarMinistries(ministryId: $id, first: 3) { ministry { id } score } }', variables: { id: m.id } })),
    ...every(ministries, 4).map((m) => ({ query: 'query ($w: MeasureWhere) { measures(where: $w, first: 5) { totalCount edges { node { id head } } } }', variables: { w: { ministryId: m.id } } })),
    ...every(items, 9).map((p) => ({ query: 'query ($id: ID!) { priorityItem(id: $id) { title measures { id text } } node(id: $id) { id } }', variables: { id: p.id } })),
    ...every(measures, 17).map((id) => ({ query: 'query ($id: ID!) { measure(id: $id) { head text themes { id } } similarMeasures(measureId: $id, first: 5) { measure { id } score } }', variables: { id } })),
    ...every(paths, 3).map((path) => ({ query: 'query ($p: String!) { ministriesSharingClause(path: $p, first: 50) { totalCount edges { node { ministry { id } measures { id head } } } } clause(path: $p) { measureCount measures(first: 10) { edges { node { id } } } } }', variables: { p: path } })),
    ...every(data.data.themes, 5).map((t) => ({ query: 'query ($text: String!) { search(text: $text, first: 5) { score snippet node { __typename ... on Measure { id } } } }', variables: { text: t.terms[0] } })),
    ...every(ministries, 9).map((m) => ({ query: 'query ($ids: [ID!]!) { sharedClauses(ministryIds: $ids) { path } graph(seed: { ministryIds: $ids }, depth: 2) { nodes { id } edges { id } } }', variables: { ids: [m.id] } })),
  ];
  return ops;
}

test('an ingest that changes the report: every cached operation answers from the new report within a second', async () => {
  const ops = await operations();
  const before: unknown[] = [];
  for (const op of ops) before.push(await post(cachedUrl, op));
  // Asked again: from memory — no Cypher round trip but the served versions' check, which runs at
  // most every 500 ms by design (a slow machine may take longer than that over the whole pass).
  const readsBesidesVersions = (): number => [...api.executor().roundTripsByQuery].filter(([name]) => name !== 'read/reportVersions').reduce((n, [, count]) => n + count, 0);
  const trips = readsBesidesVersions();
  for (const [i, op] of ops.entries()) expect(await post(cachedUrl, op)).toEqual(before[i]);
  expect(readsBesidesVersions() - trips).toBe(0);

  const changed = await changedBundledReport();
  const summary = await ingestReport(api.executor(), tempReport(changed.text, 'wlb-followup-r6.txt'));
  const switchedAt = Date.now() - summary.timings.retireMs;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, switchedAt + DEFAULT_VERSION_TTL_MS - Date.now()) + 50));

  let differ = 0;
  for (const [i, op] of ops.entries()) {
    const now = await post(cachedUrl, op);
    expect({ op: op.query.slice(0, 60), variables: op.variables, answer: now }).toEqual({ op: op.query.slice(0, 60), variables: op.variables, answer: await post(freshUrl, op) });
    if (JSON.stringify(now) !== JSON.stringify(before[i])) differ++;
  }
  // The change reached many answers (else this test could not fail).
  console.log(`cache freshness: ${ops.length} operations over every root field; ${differ} answers changed by the ingest, each served fresh ≤ ${DEFAULT_VERSION_TTL_MS} ms after the switch`);
  expect(differ).toBeGreaterThan(ops.length / 4);
});
