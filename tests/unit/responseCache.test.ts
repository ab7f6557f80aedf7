/**
 * The response cache's store, without a server: entries and bytes both cap it (least recently used
 * dropped first), an answer larger than the whole cache is not kept, and keys differ by the served
 * reports' signature, the body and the media type asked for.
 */
import { ResponseCache } from '../../src/server/responseCache';

const answer = (text: string) => ({ headers: [['content-type', 'application/json; charset=utf-8']] as const, body: Buffer.from(text) });
const key = (signature: string, body: string, accept = '') => ResponseCache.keyOf(signature, { body, accept });

test('a stored answer is a hit under the same key; another signature, body or accept is a miss', () => {
  const cache = new ResponseCache();
  cache.set(key('v1', '{"query":"{ a }"}'), answer('{"data":{"a":1}}'));
  expect(cache.get(key('v1', '{"query":"{ a }"}'))?.body.toString()).toBe('{"data":{"a":1}}');
  expect(cache.get(key('v2', '{"query":"{ a }"}'))).toBeUndefined();
  expect(cache.get(key('v1', '{"query":"{ b }"}'))).toBeUndefined();
  expect(cache.get(key('v1', '{"query":"{ a }"}', 'application/graphql-response+json'))).toBeUndefined();
  expect(cache.stats).toMatchObject({ hits: 1, misses: 3, size: 1 });
});

test('entries and bytes cap the cache, least recently used first; a too large answer is not kept', () => {
  const cache = new ResponseCache({ maxEntries: 2, maxBytes: 10_000 });
  cache.set(key('v', 'a'), answer('a'));
  cache.set(key('v', 'b'), answer('b'));
  cache.get(key('v', 'a')); // a used again: b is now the oldest
  cache.set(key('v', 'c'), answer('c'));
  expect(cache.stats.size).toBe(2);
  expect(cache.get(key('v', 'b'))).toBeUndefined();
  expect(cache.get(key('v', 'a'))).toBeDefined();

  const small = new ResponseCache({ maxEntries: 100, maxBytes: 60 });
  small.set(key('v', 'x'), answer('x'.repeat(30)));
  small.set(key('v', 'y'), answer('ÿ'.repeat(15))); // 30 bytes in UTF-8: bytes, not characters, count
  small.set(key('v', 'w'), answer('w'.repeat(30)));
  expect(small.stats.size).toBe(2);
  expect(small.stats.bytes).toBeLessThanOrEqual(60);
  small.set(key('v', 'z'), answer('z'.repeat(100)));
  expect(small.get(key('v', 'z'))).toBeUndefined();
});
