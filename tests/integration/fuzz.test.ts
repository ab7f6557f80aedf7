/**
 * Fuzzing over loopback HTTP: a few thousand generated and mutated requests (fixed seed, so the
 * same ones every run but for the real cursors they carry; tests/helpers/fuzzRequests.ts) against
 * the app in production mode on the test Neo4j loaded with the report as 2024 and as 2025. Every
 * answer is below 500 and, when it is a GraphQL answer, carries no INTERNAL_SERVER_ERROR (a masked
 * bug); the server still answers afterwards; and the graph is exactly as before (node and
 * relationship counts by type, and every id).
 */
import { buildSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { loadTypeDefs } from '../../src/server/schema';
import { generateRequests, type FuzzRequest } from '../helpers/fuzzRequests';
import { bundledReportOfYear, tempReport } from '../helpers/reportYears';
import { useApi } from './helpers/api';
import { testDriver } from './helpers/neo4j';

jest.setTimeout(180_000);

const SEED = 20261125;
const COUNT = 2500;
const CONCURRENCY = 8;

const api = useApi({ nodeEnv: 'production', alsoLoad: [tempReport(bundledReportOfYear(7), 'r7.txt')] });
let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

/** Counts by label and type, and a digest of every node id: what "the data is unchanged" means. */
async function snapshot(): Promise<unknown> {
  const session = driver.session();
  try {
    const nodes = await session.run('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n, collect(n.id) AS ids ORDER BY label');
    const edges = await session.run('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
    return {
      nodes: nodes.records.map((r) => [r.get('label'), r.get('n').toNumber(), [...(r.get('ids') as string[])].sort().join('|').length]),
      edges: edges.records.map((r) => [r.get('type'), r.get('n').toNumber()]),
    };
  } finally {
    await session.close();
  }
}

/** Cursors the app hands out (of several lists and both years), and forged ones with its real versions. */
async function liveCursors(): Promise<string[]> {
  const page = 'edges { cursor } pageInfo { endCursor }';
  const data = await api.data(`{
    m: measures(first: 5) { ${page} } m4: measures(first: 40, fiscalYear: 2024) { ${page} } n: ministries(first: 5) { ${page} }
    p: priorityItems(first: 5, fiscalYear: 2024) { ${page} } c: clauses(first: 5) { ${page} }
    s: ministriesSharingClause(path: "Ⅱ", first: 2) { ${page} } k: clause(path: "Ⅱ.3") { measures(first: 2) { ${page} } }
    t: theme(id: "one-on-one", fiscalYear: 2024) { measures(first: 2) { ${page} } }
  }`);
  const cursors = [data.m, data.m4, data.n, data.p, data.c, data.s, data.k.measures, data.t.measures].flatMap((c: any) => [c.edges[0].cursor, c.pageInfo.endCursor]);
  const forged = cursors.slice(0, 4).flatMap((cursor) => {
    const c = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'));
    return [{ ...c, r: c.r + 1 }, { ...c, r: -1 }, { ...c, i: 'cabinet-office' }, { ...c, i: `${c.i}/x` }, { ...c, v: `${c.v}0` }].map((x) => Buffer.from(JSON.stringify(x)).toString('base64'));
  });
  return [...cursors, ...forged];
}

interface Outcome {
  readonly request: FuzzRequest;
  readonly status: number;
  readonly codes: string[];
}

async function send(request: FuzzRequest): Promise<Outcome> {
  const response = await fetch(`${api.baseUrl()}/graphql`, { method: 'POST', headers: { 'content-type': request.contentType }, body: request.body });
  const text = await response.text();
  let codes: string[] = [];
  try {
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    codes = (body.errors ?? []).map((e) => String(e.extensions?.code));
  } catch {
    // not JSON: only the status is checked
  }
  return { request, status: response.status, codes };
}

test(`${COUNT} generated and mutated requests: no 5xx, no internal error, server up, data unchanged`, async () => {
  const requests = generateRequests(buildSchema(loadTypeDefs().join('\n')), SEED, COUNT, { liveStrings: await liveCursors() });
  const before = await snapshot();
  const outcomes: Outcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) outcomes.push(await send(requests[next++]));
    }),
  );
  const bad = outcomes.filter((o) => o.status >= 500 || o.codes.includes('INTERNAL_SERVER_ERROR'));
  const byCode = new Map<string, number>();
  for (const o of outcomes) for (const code of o.codes.length ? new Set(o.codes) : [`HTTP ${o.status}`]) byCode.set(code, (byCode.get(code) ?? 0) + 1);
  console.log(`fuzz: ${outcomes.length} requests; answers by code: ${JSON.stringify(Object.fromEntries([...byCode].sort()))}`);
  expect(bad.map((o) => `${o.status} ${o.codes.join(',')}: ${o.request.body.slice(0, 300)}`)).toEqual([]);
  expect(outcomes).toHaveLength(COUNT);
  expect((await api.gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  expect((await fetch(`${api.baseUrl()}/healthz`)).status).toBe(200);
  expect(await snapshot()).toEqual(before);
});
