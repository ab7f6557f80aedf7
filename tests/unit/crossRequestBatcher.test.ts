/**
 * The cross-request batcher records what it sends: loads of concurrent requests for the same query
 * within one window share a round trip, each gets the rows of its own ids, other queries or fixed
 * parameters go apart, large batches split, and an error reaches every request that shared it.
 */
import { CrossRequestBatcher } from '../../loaders/crossRequestBatcher';
import type { Reader, Row } from '../../src/db/executor';

/** A reader that answers `{id, value}` rows and records each call (query name and ids). */
function recordingReader(fail = false): Reader & { calls: [string, string[], Record<string, unknown>][] } {
  const calls: [string, string[], Record<string, unknown>][] = [];
  return {
    calls,
    async read(name: string, params: Row = {}): Promise<Row[]> {
      const { ids, ...rest } = params as { ids: string[] };
      calls.push([name, [...ids], rest]);
      if (fail) throw new Error('database went away');
      return ids.map((id) => ({ id, value: `${name}:${id}` }));
    },
  };
}

test('loads in one event-loop turn share one round trip; each gets its own rows', async () => {
  const reader = recordingReader();
  const batcher = new CrossRequestBatcher(reader);
  const [a, b] = await Promise.all([batcher.load('measuresById', ['m1', 'm2']), batcher.load('measuresById', ['m2', 'm3'])]);
  expect(reader.calls).toEqual([['read/measuresById', ['m1', 'm2', 'm3'], {}]]);
  expect(a.map((r) => r.id)).toEqual(['m1', 'm2']);
  expect(b.map((r) => r.value)).toEqual(['read/measuresById:m2', 'read/measuresById:m3']);
  expect(batcher.joined).toBe(1);
});

test('other queries and other fixed parameters go apart; a later turn is another trip', async () => {
  const reader = recordingReader();
  const batcher = new CrossRequestBatcher(reader);
  await Promise.all([batcher.load('measuresById', ['m1']), batcher.load('ministriesById', ['a']), batcher.load('measuresById', ['m2'], { x: 1 })]);
  await batcher.load('measuresById', ['m3']);
  expect(reader.calls.map(([name, ids]) => [name, ids])).toEqual([
    ['read/measuresById', ['m1']],
    ['read/ministriesById', ['a']],
    ['read/measuresById', ['m2']],
    ['read/measuresById', ['m3']],
  ]);
});

test('a window in milliseconds joins loads of later turns; maxIds splits the trip', async () => {
  const reader = recordingReader();
  const batcher = new CrossRequestBatcher(reader, { windowMs: 20, maxIds: 2 });
  const first = batcher.load('measuresById', ['m1']);
  await new Promise((resolve) => setImmediate(resolve));
  const second = batcher.load('measuresById', ['m2', 'm3']);
  expect((await first).map((r) => r.id)).toEqual(['m1']);
  expect((await second).map((r) => r.id)).toEqual(['m2', 'm3']);
  expect(reader.calls.map(([, ids]) => ids)).toEqual([['m1', 'm2'], ['m3']]);
});

test('an error reaches every request of the shared trip', async () => {
  const batcher = new CrossRequestBatcher(recordingReader(true));
  const results = await Promise.allSettled([batcher.load('measuresById', ['m1']), batcher.load('measuresById', ['m2'])]);
  expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
});
