/**
 * An in-process response cache in front of Apollo: a POSTed JSON request already answered — the same
 * body, `accept` header and served reports — gets the bytes that were sent then, without parsing,
 * validating or executing. It sits in the HTTP handler rather than in an Apollo plugin because a
 * hit then costs a hash and a write: a plugin's hit still runs Apollo's pipeline and serialises the
 * answer again (about 1 ms for a drawing of 1 000 edges), and kept parsed answers took several
 * times their JSON's size of heap.
 *
 * The graph changes only by ingesting a report, so every key carries the signature of the reports
 * the request reads (one version per fiscal year, loaders/servedReports.ts), from the snapshot its
 * queries run on — an answer is never stored under a newer signature than the data it was computed
 * from. The snapshot is refreshed at most every 500 ms: after an ingest, from any process, old
 * answers stop matching within a second and age out of the LRU. Only clean answers are kept (HTTP
 * 200, no `errors`), and only of requests that could read the versions (database up). GET requests
 * are not cached (their CSRF checks stay Apollo's). Per instance: nothing is shared between
 * instances (README, Scaling out).
 */
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';

/** An answer as it was sent. */
export interface CachedAnswer {
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Buffer;
}

export interface ResponseCacheOptions {
  /** Answers kept (least recently used dropped first). */
  readonly maxEntries?: number;
  /** Bytes the answers' bodies may take (least recently used dropped first). */
  readonly maxBytes?: number;
}

/** A snapshot of the cache's counters. */
export interface ResponseCacheStats {
  readonly hits: number;
  readonly misses: number;
  readonly size: number;
  readonly bytes: number;
}

/** What a request's answer depends on besides the data: the body as sent and the media type asked for. */
export interface CacheableRequest {
  readonly body: string;
  readonly accept: string;
}

/** The header RESPONSE_CACHE_HEADER=on adds (`hit` or `miss`; the bench's hit rates). */
export const CACHE_STATUS_HEADER = 'x-response-cache';

export const DEFAULT_CACHE_ENTRIES = 10_000;
export const DEFAULT_CACHE_MB = 128;

export class ResponseCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private bytes = 0;
  private hits = 0;
  private misses = 0;

  constructor(options: ResponseCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? DEFAULT_CACHE_ENTRIES;
    this.maxBytes = options.maxBytes ?? DEFAULT_CACHE_MB * 1024 * 1024;
  }

  /** The key of a request read against the reports of `signature`. */
  static keyOf(signature: string, request: CacheableRequest): string {
    return createHash('sha256').update(signature).update('\0').update(request.accept).update('\0').update(request.body).digest('base64');
  }

  /** The answer stored under `key` (counted as a hit or a miss), now the most recently used. */
  get(key: string): CachedAnswer | undefined {
    const hit = this.entries.get(key);
    if (!hit) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  /** Keeps an answer (one larger than the whole cache is not kept); drops the least recently used beyond the bounds. */
  set(key: string, answer: CachedAnswer): void {
    if (this.entries.has(key) || answer.body.length > this.maxBytes) return;
    this.entries.set(key, answer);
    this.bytes += answer.body.length;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const [oldest, entry] = this.entries.entries().next().value as [string, CachedAnswer];
      this.entries.delete(oldest);
      this.bytes -= entry.body.length;
    }
  }

  /** Hits, misses, entries and bytes held (tests and the bench read them). */
  get stats(): ResponseCacheStats {
    return { hits: this.hits, misses: this.misses, size: this.entries.size, bytes: this.bytes };
  }

  /**
   * The Apollo plugin that tells the handler which answers had no errors (the handler sees only the
   * serialised body): it marks them with the `CLEAN_ANSWER_HEADER` head, which the handler removes
   * before sending. (A mark on the context would not do: Apollo runs each operation on a copy.)
   */
  static plugin<C extends object>(): ApolloServerPlugin<C> {
    return {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            if (response.body.kind === 'single' && !response.body.singleResult.errors) response.http.headers.set(CLEAN_ANSWER_HEADER, 'yes');
          },
        };
      },
    };
  }
}

/** Set by `ResponseCache.plugin` on answers without errors; internal, never sent. */
export const CLEAN_ANSWER_HEADER = 'x-wlb-clean-answer';
