/**
 * Fuzzing over loopback HTTP: a few thousand generated and mutated requests (fixed seed, so the
 * same ones every run; tests/helpers/fuzzRequests.ts) against the app in production mode on the
 * test Neo4j loaded with the report. Every answer is below 500 and, when it is a GraphQL answer,
 * carries no INTERNAL_SERVER_ERROR (a masked bug); the server still answers afterwards; and the
 * graph is exactly as before (node and relationship counts by type, and every id).
 */
import { buildSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { loadTypeDefs } from '../../src/server/schema';
import { generateRequests, type FuzzRequest } from '../helpers/fuzzRequests';
import { useApi } from './helpers/api';
import { testDriver } from './helpers/neo4j';

jest.setTimeout(180_000);

const SEED = 20261125;
const COUNT = 2500;
const CONCURRENCY = 8;

const api = useApi({ nodeEnv: 'production' });
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
  const requests = generateRequests(buildSchema(loadTypeDefs().join('\n')), SEED, COUNT);
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
