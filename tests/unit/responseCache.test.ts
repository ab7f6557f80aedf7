/**
 * The response cache's bounds, without a server: entries and bytes both cap it (least recently used
 * dropped first), an answer larger than the whole cache is not kept, and answers are keyed by the
 * request's own version (a new version misses).
 */
import type { GraphQLRequestContextResponseForOperation, GraphQLRequestContextWillSendResponse, GraphQLRequestListener } from '@apollo/server';
import { responseCachePlugin } from '../../src/server/plugins/responseCache';

interface Ctx {
  version: string;
}

/** Runs one request through the plugin: a hit returns the cached answer, a miss stores `answer`. */
async function request(plugin: ReturnType<typeof responseCachePlugin<Ctx>>, version: string, query: string, answer: unknown): Promise<unknown> {
  const listener = (await plugin.requestDidStart!({} as never)) as GraphQLRequestListener<Ctx>;
  const hit = await listener.responseForOperation!({ request: { query }, operationName: null, contextValue: { version } } as unknown as GraphQLRequestContextResponseForOperation<Ctx>);
  if (hit) return (hit.body as { singleResult: unknown }).singleResult;
  await listener.willSendResponse!({ response: { body: { kind: 'single', singleResult: answer } } } as unknown as GraphQLRequestContextWillSendResponse<Ctx>);
  return answer;
}

const plugin = (maxEntries: number, maxBytes: number) => responseCachePlugin<Ctx>({ versionOf: (c) => c.version, maxEntries, maxBytes });

test('a repeated request is a hit; another version is a miss', async () => {
  const p = plugin(10, 10_000);
  await request(p, 'v1', '{ a }', { data: { a: 1 } });
  expect(await request(p, 'v1', '{ a }', { data: { a: 2 } })).toEqual({ data: { a: 1 } });
  expect(await request(p, 'v2', '{ a }', { data: { a: 3 } })).toEqual({ data: { a: 3 } });
  expect(p.stats).toMatchObject({ hits: 1, misses: 2, size: 2 });
});

test('entries and bytes cap the cache, least recently used first; a too large answer is not kept', async () => {
  const p = plugin(2, 10_000);
  await request(p, 'v', '{ a }', { data: 'a' });
  await request(p, 'v', '{ b }', { data: 'b' });
  await request(p, 'v', '{ a }', null); // a used again: b is now the oldest
  await request(p, 'v', '{ c }', { data: 'c' });
  expect(p.stats.size).toBe(2);
  expect(await request(p, 'v', '{ b }', { data: 'B' })).toEqual({ data: 'B' }); // b was dropped

  const small = plugin(100, 60);
  await request(small, 'v', '{ x }', { data: 'x'.repeat(30) });
  await request(small, 'v', '{ y }', { data: 'y'.repeat(30) });
  expect(small.stats.size).toBe(1); // two would pass 60 bytes
  expect(small.stats.bytes).toBeLessThanOrEqual(60);
  await request(small, 'v', '{ z }', { data: 'z'.repeat(100) });
  expect(await request(small, 'v', '{ z }', { data: 'Z' })).toEqual({ data: 'Z' });
});
