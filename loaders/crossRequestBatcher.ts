/**
 * Joins the by-ids reads of concurrent requests. Each request keeps its own DataLoaders (a cache
 * never serves another request), but when their batches for the same query (and the same fixed
 * parameters) arrive within one window, they go to Neo4j as ONE `UNWIND $ids` round trip and each
 * request gets back the rows of its own ids. Under load this saves the per-query cost that
 * dominates a request (bench/PROFILE.md: ~0.8 ms of Node CPU and as much of Neo4j's per round trip).
 *
 * The window is the current turn of the event loop (`setImmediate`) or, with `windowMs` > 0, that
 * many milliseconds: what arrives meanwhile shares the trip. A batch larger than `maxIds` is split.
 */
import type { Reader, Row } from '../src/db/executor';
import { runQuery, type QueryName, type QueryParams } from './queries';

interface Waiter {
  readonly ids: readonly string[];
  readonly resolve: (rows: Row[]) => void;
  readonly reject: (error: unknown) => void;
}

interface Pending {
  readonly name: QueryName;
  readonly extra: Record<string, unknown>;
  readonly ids: Set<string>;
  readonly waiters: Waiter[];
}

export interface CrossRequestBatcherOptions {
  /** 0: the current event-loop turn; else milliseconds to wait for more. */
  readonly windowMs?: number;
  /** Most ids in one round trip. */
  readonly maxIds?: number;
}

export class CrossRequestBatcher {
  private readonly pending = new Map<string, Pending>();
  /** Round trips saved so far (requests' batches that shared another's trip): for the bench. */
  joined = 0;

  constructor(
    private readonly reader: Reader,
    private readonly options: CrossRequestBatcherOptions = {},
  ) {}

  /** The rows of `name` for `ids` (an `{id, value}` query) with the fixed parameters `extra`. */
  load(name: QueryName, ids: readonly string[], extra: Record<string, unknown> = {}): Promise<Row[]> {
    const key = `${name}\u0000${JSON.stringify(extra)}`;
    let batch = this.pending.get(key);
    if (!batch) {
      batch = { name, extra, ids: new Set(), waiters: [] };
      this.pending.set(key, batch);
      const flush = (): void => void this.flush(key);
      if ((this.options.windowMs ?? 0) > 0) setTimeout(flush, this.options.windowMs);
      else setImmediate(flush);
    } else {
      this.joined++;
    }
    for (const id of ids) batch.ids.add(id);
    const target = batch;
    return new Promise<Row[]>((resolve, reject) => target.waiters.push({ ids, resolve, reject }));
  }

  private async flush(key: string): Promise<void> {
    const batch = this.pending.get(key);
    if (!batch) return;
    this.pending.delete(key);
    const all = [...batch.ids];
    const size = this.options.maxIds ?? 500;
    try {
      const chunks = [];
      for (let i = 0; i < all.length; i += size) chunks.push(all.slice(i, i + size));
      const rows = (await Promise.all(chunks.map((ids) => runQuery(this.reader, batch.name, { ids, ...batch.extra } as QueryParams<typeof batch.name>)))).flat();
      const byId = new Map<string, Row[]>();
      for (const row of rows) {
        const id = String(row.id);
        const list = byId.get(id);
        if (list) list.push(row);
        else byId.set(id, [row]);
      }
      for (const waiter of batch.waiters) waiter.resolve(waiter.ids.flatMap((id) => byId.get(id) ?? []));
    } catch (error) {
      for (const waiter of batch.waiters) waiter.reject(error);
    }
  }
}
