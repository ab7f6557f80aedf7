/**
 * The response cache in the HTTP handler, over a small Apollo schema (no database: the cache's
 * keys and what it keeps do not depend on one): a repeated POST is answered with the same bytes
 * without executing (and without the plugin's internal mark), answers with errors and GET requests are never kept, a new signature of the
 * served reports misses, a snapshot that could not be read is not cached, and the hit/miss header
 * appears only when asked for.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import type { ServedReports } from '../../loaders/servedReports';
import type { GraphContext } from '../../src/server/context';
import { createHttpHandler } from '../../src/server/httpHandler';
import { silentLogger } from '../../src/server/log';
import { CACHE_STATUS_HEADER, CLEAN_ANSWER_HEADER, ResponseCache } from '../../src/server/responseCache';

let executions = 0;
let snapshot: ServedReports = { reports: [], signature: 'v1' };
const store = new ResponseCache();
const apollo = new ApolloServer<GraphContext>({
  typeDefs: 'type Query { answer(n: Int!): Int }',
  resolvers: {
    Query: {
      answer: (_root: unknown, { n }: { n: number }) => {
        executions++;
        if (n < 0) throw new Error('negative');
        return n * 2;
      },
    },
  },
  plugins: [ResponseCache.plugin<GraphContext>()],
});
let server: http.Server;
let url = '';

function listen(header: boolean): Promise<http.Server> {
  const handler = createHttpHandler({
    apollo,
    executor: undefined as never, // only /readyz reads it
    served: async () => snapshot,
    context: (served) => ({ served }) as GraphContext,
    cache: { store, header },
    log: silentLogger,
    bodyLimitBytes: 10_000,
    corsOrigins: [],
    development: false,
  });
  const s = http.createServer(handler);
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

beforeAll(async () => {
  await apollo.start();
  server = await listen(true);
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await apollo.stop();
});

async function post(n: number, at = url): Promise<{ text: string; cache: string | null; type: string | null }> {
  const response = await fetch(at, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query ($n: Int!) { answer(n: $n) }', variables: { n } }) });
  expect(response.headers.get(CLEAN_ANSWER_HEADER)).toBeNull(); // the plugin's mark stays inside
  return { text: await response.text(), cache: response.headers.get(CACHE_STATUS_HEADER), type: response.headers.get('content-type') };
}

test('a repeated POST: the same bytes and headers, not executed again', async () => {
  const before = executions;
  const first = await post(21);
  const again = await post(21);
  expect(first).toEqual({ text: '{"data":{"answer":42}}\n', cache: 'miss', type: first.type });
  expect(again).toEqual({ ...first, cache: 'hit' });
  expect(executions - before).toBe(1);
});

test('answers with errors are not kept', async () => {
  const before = executions;
  expect((await post(-1)).text).toContain('errors');
  expect((await post(-1)).cache).toBe('miss');
  expect(executions - before).toBe(2);
});

test('a new signature of the served reports misses; an unreadable snapshot is not cached', async () => {
  await post(5);
  snapshot = { reports: [], signature: 'v2' };
  expect((await post(5)).cache).toBe('miss');
  expect((await post(5)).cache).toBe('hit');
  snapshot = { reports: [], signature: 'unavailable', unavailable: new Error('down') };
  const before = executions;
  expect((await post(5)).cache).toBeNull();
  await post(5);
  expect(executions - before).toBe(2);
  snapshot = { reports: [], signature: 'v2' };
});

test('GET requests are not cached', async () => {
  const before = executions;
  for (let i = 0; i < 2; i++) {
    const response = await fetch(`${url}?query=${encodeURIComponent('{ answer(n: 3) }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await response.json()).toEqual({ data: { answer: 6 } });
    expect(response.headers.get(CACHE_STATUS_HEADER)).toBeNull();
  }
  expect(executions - before).toBe(2);
});

test('without the header option: no header, the same caching', async () => {
  const quiet = await listen(false);
  try {
    const at = `http://127.0.0.1:${(quiet.address() as AddressInfo).port}/graphql`;
    const before = executions;
    expect((await post(77, at)).cache).toBeNull();
    expect((await post(77, at)).cache).toBeNull();
    expect(executions - before).toBe(1);
  } finally {
    await new Promise((resolve) => quiet.close(resolve));
  }
});
