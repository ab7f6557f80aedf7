/**
 * DataLoader batch functions over the `UNWIND $ids AS id … RETURN id, value` queries: ONE round
 * trip per batch, and one value per key in key order (a key the query returned no row for gets the
 * fallback: null for a single node, [] for a list, 0 for a count).
 */
import DataLoader from 'dataloader';
import type { Executor } from '../src/db/executor';
import type { CrossRequestBatcher } from './crossRequestBatcher';
import { runQuery, type QueryName, type QueryParams } from './queries';

/**
 * A loader of `name` (a by-ids query); `extra` adds the query's other parameters, fixed for this
 * loader (e.g. includeDescendants). With a `batcher`, its batches may share a round trip with other
 * requests' batches of the same query (see crossRequestBatcher.ts); the cache stays this loader's.
 */
export function byIdsLoader<V>(
  executor: Executor,
  name: QueryName,
  fallback: V,
  extra: Record<string, unknown> = {},
  batcher?: CrossRequestBatcher,
): DataLoader<string, V> {
  return new DataLoader<string, V>(async (ids) => {
    const rows = batcher ? await batcher.load(name, ids, extra) : await runQuery(executor, name, { ids, ...extra } as QueryParams<typeof name>);
    return inKeyOrder(ids, rows, fallback);
  });
}

/** One value per key, in key order, from `{id, value}` rows. */
export function inKeyOrder<V>(ids: readonly string[], rows: readonly Record<string, unknown>[], fallback: V): V[] {
  const byId = new Map<string, V>();
  for (const row of rows) byId.set(String(row.id), row.value as V);
  return ids.map((id) => byId.get(id) ?? fallback);
}
