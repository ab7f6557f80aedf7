/**
 * The HTTP surface of the app from `createApp` (no child process): health, readiness, GraphQL over
 * POST, request errors (400 parse failure, 413 body limit, CSRF prevention), error masking.
 */
import type { Driver } from 'neo4j-driver';
import { CypherRegistry } from '../../src/db/cypherRegistry';
import { createDriver } from '../../src/db/driver';
import { Executor } from '../../src/db/executor';
import { createApp, type App } from '../../src/server/app';
import { useApi } from './helpers/api';

jest.setTimeout(60_000);

const api = useApi({ nodeEnv: 'production' });

test('GET /healthz is 200 {status: "ok"}', async () => {
  const response = await fetch(`${api.baseUrl()}/healthz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});

test('GET /readyz is 200 once a report is loaded', async () => {
  const response = await fetch(`${api.baseUrl()}/readyz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ready' });
});

test('POST /graphql answers { __typename }', async () => {
  const answer = await api.gql('{ __typename }');
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({ data: { __typename: 'Query' } });
});

test('a malformed query is HTTP 400 GRAPHQL_PARSE_FAILED', async () => {
  const answer = await api.gql('{ ministries { ');
  expect(answer.status).toBe(400);
  expect(answer.body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
});

test('first: 101 is BAD_USER_INPUT', async () => {
  const answer = await api.gql('{ ministries(first: 101) { totalCount } }');
  expect(answer.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(answer.body.errors?.[0].extensions?.stacktrace).toBeUndefined();
});

test('no mutations in the public API', async () => {
  const answer = await api.gql('mutation { anything }');
  expect(answer.status).toBe(400);
});

test('a body above the limit is 413', async () => {
  const response = await fetch(`${api.baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(2 * 1024 * 1024)}` }),
  });
  expect(response.status).toBe(413);
});

test('a body that is not JSON is 400 BAD_REQUEST', async () => {
  const response = await fetch(`${api.baseUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
  expect(response.status).toBe(400);
  expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
});

test('CSRF prevention: a simple GET without a preflight header is refused', async () => {
  const response = await fetch(`${api.baseUrl()}/graphql?query=${encodeURIComponent('{ __typename }')}`);
  expect(response.status).toBe(400);
  const allowed = await fetch(`${api.baseUrl()}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
  expect(allowed.status).toBe(200);
});

test('an unknown route is 404', async () => {
  expect((await fetch(`${api.baseUrl()}/nowhere`)).status).toBe(404);
});

describe('when Neo4j does not answer', () => {
  // An app over a driver to a port nothing listens on: readiness fails, queries are coded.
  let app: App;
  let driver: Driver;
  let base = '';
  beforeAll(async () => {
    driver = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'password' });
    const executor = new Executor(driver, new CypherRegistry(), { database: 'neo4j', readTimeoutMs: 2_000 });
    app = createApp({ config: { nodeEnv: 'production', corsOrigins: [] }, executor });
    base = (await app.listen(0)).replace(/\/graphql$/u, '');
  });
  afterAll(async () => {
    await app.stop();
    await driver.close();
  });

  test('/healthz stays 200; /readyz is 503 with a reason', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable', reason: expect.stringMatching(/Neo4j/u) });
  });

  const post = async (query: string): Promise<any> =>
    (await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json();

  test('a query is SERVICE_UNAVAILABLE', async () => {
    const body = await post('{ ministry(id: "cabinet-office") { id } }');
    expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  });

  test('every field that reads the graph is SERVICE_UNAVAILABLE, whatever year or id it names; what needs no report answers', async () => {
    const fields = [
      'reports { id }',
      'stats { counts }',
      'ministries { totalCount }',
      'measure(id: "2024/cabinet-office/p4/m1") { id }',
      'node(id: "cabinet-office") { id }',
      'clause(path: "Ⅱ", fiscalYear: 2024) { id }',
      'facets(dimensions: [MINISTRY]) { measureCount }',
      'facets(dimensions: [FISCAL_YEAR]) { measureCount }',
      'graph(seed: { all: true }) { truncated }',
      'search(text: "テレワーク") { score }',
    ];
    // A request per field (a non-null root field's error ends the others), sent together: each
    // waits seconds for the driver to give up.
    const answers = await Promise.all(fields.map(async (field) => ({ field, codes: ((await post(`{ ${field} }`)).errors ?? []).map((e: any) => e.extensions.code) })));
    expect(answers).toEqual(fields.map((field) => ({ field, codes: ['SERVICE_UNAVAILABLE'] })));
    expect(await post('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });
});

test('more than 50 bad variable values: 400 and every error BAD_USER_INPUT, graphql-js giving up included (not masked)', async () => {
  const answer = await api.gql('query ($d: [FacetDimension!]!) { facets(dimensions: $d) { measureCount } }', { d: Array.from({ length: 60 }, (_, i) => `NOT_A_DIMENSION_${i}`) });
  expect(answer.status).toBe(400);
  const errors = answer.body.errors ?? [];
  expect(errors.length).toBeGreaterThan(50);
  expect(new Set(errors.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
  expect(errors[errors.length - 1].message).toMatch(/Too many errors processing variables/u);
});

describe('error masking', () => {
  // An executor whose reads fail with an error nobody coded: a bug, as far as clients can tell.
  const failing = { roundTrips: 0, read: async () => Promise.reject(new Error('secret internal detail')) } as unknown as Executor;
  const answerWith = async (nodeEnv: 'production' | 'development'): Promise<any> => {
    const app = createApp({ config: { nodeEnv, corsOrigins: [] }, executor: failing });
    try {
      const url = await app.listen(0);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ ministry(id: "cabinet-office") { id } }' }),
      });
      return await response.json();
    } finally {
      await app.stop();
    }
  };

  test('outside development an unknown error is "Unexpected error." with no detail', async () => {
    const body = await answerWith('production');
    expect(body.errors[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(body)).not.toMatch(/secret/u);
  });

  test('in development the detail is shown', async () => {
    const body = await answerWith('development');
    expect(body.errors[0].message).toMatch(/secret internal detail/u);
  });
});
