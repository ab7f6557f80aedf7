/**
 * Request limits over HTTP, on the app from `createApp` over the test Neo4j: each limit answers a
 * coded error (never a 5xx) whose message states the limit and what came; the transaction time-out
 * reaches Neo4j and comes back as QUERY_TIMEOUT; production hides the schema (introspection, field
 * suggestions); CORS headers follow the configured origins.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CYPHER_DIR, CypherRegistry } from '../../src/db/cypherRegistry';
import { Executor } from '../../src/db/executor';
import { createApp, type App, type AppOptions } from '../../src/server/app';
import { useApi } from './helpers/api';
import { testDriver } from './helpers/neo4j';

jest.setTimeout(60_000);

const api = useApi({ nodeEnv: 'production' });

/** POSTs `query` to an app's /graphql and returns status, body and headers. */
async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

/** Runs `work` against another app over the same executor, stopped afterwards. */
async function withApp<T>(config: AppOptions['config'], work: (url: string) => Promise<T>, executor = api.executor()): Promise<T> {
  const app: App = createApp({ config, executor });
  try {
    return await work(await app.listen(0));
  } finally {
    await app.stop();
  }
}

describe('limits answer 4xx with their code, the limit and what came', () => {
  test('depth above 12 is QUERY_TOO_DEEP', async () => {
    const query = `{ ministry(id: "cabinet-office") { clauses { ${'parent { '.repeat(10)}path${' }'.repeat(10)} } } }`;
    const { status, body } = await post(`${api.baseUrl()}/graphql`, query);
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({
      message: 'the query nests fields 13 levels deep; at most 12 are allowed',
      extensions: { code: 'QUERY_TOO_DEEP', limit: 12, got: 13 },
    });
    expect(body.data).toBeUndefined();
  });

  test('a text nested 50 000 deep is refused before parsing, as QUERY_TOO_DEEP', async () => {
    const { status, body } = await post(`${api.baseUrl()}/graphql`, `{ ${'a { '.repeat(50_000)}b${' }'.repeat(50_000)} }`);
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({
      message: 'the query text nests brackets 50001 deep; texts deeper than 256 are refused unparsed (fields may nest at most 12 levels)',
      extensions: { code: 'QUERY_TOO_DEEP', limit: 256, got: 50_001 },
    });
  });

  test('12 levels deep answers', async () => {
    const query = `{ ministry(id: "cabinet-office") { clauses { ${'parent { '.repeat(9)}path${' }'.repeat(9)} } } }`;
    const { status, body } = await post(`${api.baseUrl()}/graphql`, query);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  test('an estimated cost above the maximum is QUERY_TOO_COSTLY', async () => {
    // Pages of 100 measures under each root, their clauses, pages of 100 measures under those: millions
    // of objects. Roots 10 × (1 + measures 100 × (1 + edge 1 + node 1 + clauses 10 × (1 + measures 100 × (1 + edge 1 + node 1)))).
    const query = '{ clauseTree { measures(first: 100) { edges { node { clauses { measures(first: 100) { edges { node { id } } } } } } } } }';
    const { status, body } = await post(`${api.baseUrl()}/graphql`, query);
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 250_000, got: 3_013_010 });
    expect(body.errors[0].message).toMatch(/estimated cost is 3013010 .*at most 250000/u);
  });

  test('more than 30 aliases is TOO_MANY_ALIASES', async () => {
    const query = `{ ${Array.from({ length: 31 }, (_, i) => `m${i}: ministry(id: "cabinet-office") { id }`).join(' ')} }`;
    const { status, body } = await post(`${api.baseUrl()}/graphql`, query);
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({
      message: 'the query uses 31 field aliases; at most 30 are allowed',
      extensions: { code: 'TOO_MANY_ALIASES', limit: 30, got: 31 },
    });
  });

  test('the limits come from the configuration', async () => {
    await withApp({ nodeEnv: 'production', corsOrigins: [], maxQueryDepth: 3, maxAliases: 0, maxQueryCost: 5 }, async (url) => {
      expect((await post(url, '{ ministry(id: "cabinet-office") { priorityItems { title } } }')).body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 5, got: 11 });
      expect((await post(url, '{ ministry(id: "cabinet-office") { clauses { parent { id } } } }')).body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 3, got: 4 });
      expect((await post(url, '{ a: stats { counts } }')).body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: 0, got: 1 });
    });
  });

  test('a page above 100 is BAD_USER_INPUT', async () => {
    const { body } = await post(`${api.baseUrl()}/graphql`, '{ measures(first: 101) { totalCount } }');
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/from 0 to 100; got 101/u) });
  });

  test('a body above 1 MB is 413 PAYLOAD_TOO_LARGE naming the limit and the size', async () => {
    const body = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1024 * 1024)}` });
    const response = await fetch(`${api.baseUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0]).toMatchObject({
      message: `the request body is larger than the 1048576-byte limit: ${Buffer.byteLength(body)} bytes or more came`,
      extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 1048576, got: Buffer.byteLength(body) },
    });
  });
});

test('a persisted-query hash that does not match its query is 400 BAD_REQUEST, not a masked error', async () => {
  const response = await fetch(`${api.baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
  });
  expect(response.status).toBe(400);
  expect(((await response.json()) as any).errors[0]).toMatchObject({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
});

describe('the transaction time-out', () => {
  // No real query on this graph runs long enough to time out, so the ministry lookup is swapped
  // for Cypher that counts for seconds; the app runs it with a 100 ms QUERY_TIMEOUT_MS.
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-cypher-'));
    fs.cpSync(CYPHER_DIR, dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'read', 'ministriesById.cypher'),
      'UNWIND $ids AS id CALL { UNWIND range(1, 200000000) AS i WITH i WHERE i % 7 = 0 RETURN count(*) AS n } RETURN id, {id: id, nameJa: toString(n)} AS value',
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a query past QUERY_TIMEOUT_MS is stopped by Neo4j and answered QUERY_TIMEOUT', async () => {
    const driver = testDriver();
    try {
      const slow = new Executor(driver, new CypherRegistry(dir), { database: 'neo4j', readTimeoutMs: 100 });
      await withApp({ nodeEnv: 'production', corsOrigins: [] }, async (url) => {
        const started = Date.now();
        const { status, body } = await post(url, '{ ministry(id: "cabinet-office") { nameJa } }');
        expect(status).toBe(200);
        expect(body.errors[0]).toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' }, message: expect.stringMatching(/longer than its 100 ms limit/u) });
        // Neo4j checks time-outs every second or two: well under the query's own run time.
        expect(Date.now() - started).toBeLessThan(10_000);
      }, slow);
    } finally {
      await driver.close();
    }
  });
});

describe('schema exposure', () => {
  const introspection = '{ __schema { queryType { name } } }';
  const misspelt = '{ ministry(id: "cabinet-office") { nameJp } }';

  test('production: introspection is refused and errors suggest no field names', async () => {
    const refused = await post(`${api.baseUrl()}/graphql`, introspection);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toMatch(/introspection/iu);
    const wrong = await post(`${api.baseUrl()}/graphql`, misspelt);
    expect(wrong.body.errors[0].message).toBe('Cannot query field "nameJp" on type "Ministry".');
  });

  test('development: introspection answers and errors suggest the field meant', async () => {
    await withApp({ nodeEnv: 'development', corsOrigins: [] }, async (url) => {
      expect((await post(url, introspection)).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      expect((await post(url, misspelt)).body.errors[0].message).toMatch(/Did you mean "nameJa"/u);
    });
  });
});

describe('CORS', () => {
  test('an allowed origin gets its allow-origin header; another origin gets none', async () => {
    await withApp({ nodeEnv: 'production', corsOrigins: ['https://dash.example'] }, async (url) => {
      const allowed = await post(url, '{ __typename }', { origin: 'https://dash.example' });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dash.example');
      expect(allowed.headers.get('vary')).toMatch(/origin/iu);
      const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://dash.example', 'access-control-request-method': 'POST' } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/u);
      const other = await post(url, '{ __typename }', { origin: 'https://evil.example' });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});
