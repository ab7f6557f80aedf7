/**
 * An in-process response cache: answers to a query already answered — same text, operation name
 * and variables — served from memory without executing. The graph changes only by ingesting a
 * report, so every key carries the signature of the reports the request reads (one version per
 * fiscal year, loaders/servedReports.ts), taken from the request's own snapshot — the one its
 * queries would run on — so an answer is never stored under a newer signature than the data it
 * was computed from. The snapshot is refreshed at most once a second: after an ingest, from any
 * process, old answers stop matching within a second and age out of the LRU. Answers with errors,
 * and answers of requests that could not read the versions (database down), are never stored.
 * Per instance: nothing is shared between instances (see README, Scaling out).
 */
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';

export interface ResponseCacheOptions<C> {
  /** The version a request's answer belongs to (its snapshot's signature), or null: do not cache. */
  readonly versionOf: (context: C) => string | null;
  /** Answers kept (least recently used dropped first). */
  readonly maxEntries?: number;
  /** Memory the answers may take, counted as the length of their JSON (least recently used dropped first). */
  readonly maxBytes?: number;
  /** Say `x-response-cache: hit` or `miss` on each answer (the bench's hit rates; never in production). */
  readonly header?: boolean;
}

/** The header `header: true` adds. */
export const CACHE_STATUS_HEADER = 'x-response-cache';

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  readonly size: number;
  readonly bytes: number;
}

export const DEFAULT_CACHE_ENTRIES = 1000;
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

/** Creates the plugin; `stats` counts hits and misses (tests and the bench read them). */
export function responseCachePlugin<C extends object>(options: ResponseCacheOptions<C>): ApolloServerPlugin<C> & { stats: ResponseCacheStats } {
  const maxEntries = options.maxEntries ?? DEFAULT_CACHE_ENTRIES;
  const maxBytes = options.maxBytes ?? DEFAULT_CACHE_BYTES;
  const entries = new Map<string, { result: FormattedExecutionResult; bytes: number }>();
  let bytes = 0;
  const stats = {
    hits: 0,
    misses: 0,
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
  const dropOldest = (): void => {
    const [oldest, entry] = entries.entries().next().value as [string, { bytes: number }];
    entries.delete(oldest);
    bytes -= entry.bytes;
  };
  return {
    stats,
    async requestDidStart() {
      let key: string | undefined;
      return {
        async responseForOperation({ request, operationName, contextValue }): Promise<GraphQLResponse | null> {
          const version = options.versionOf(contextValue);
          if (version === null) return null; // the versions could not be read: execute, and let the query report it
          key = createHash('sha256').update(JSON.stringify([version, request.query, operationName, request.variables ?? null])).digest('base64');
          const hit = entries.get(key);
          if (!hit) {
            stats.misses++;
            return null;
          }
          stats.hits++;
          entries.delete(key); // most recently used goes last
          entries.set(key, hit);
          return { http: { status: undefined, headers: new HeaderMap(options.header ? [[CACHE_STATUS_HEADER, 'hit']] : []) }, body: { kind: 'single', singleResult: hit.result } };
        },
        async willSendResponse({ response }) {
          if (options.header && !response.http.headers.has(CACHE_STATUS_HEADER)) response.http.headers.set(CACHE_STATUS_HEADER, 'miss');
          if (key === undefined || response.body.kind !== 'single' || response.body.singleResult.errors) return;
          if (entries.has(key)) return;
          const size = JSON.stringify(response.body.singleResult).length;
          if (size > maxBytes) return; // one answer larger than the whole cache is not kept
          entries.set(key, { result: response.body.singleResult, bytes: size });
          bytes += size;
          while (entries.size > maxEntries || bytes > maxBytes) dropOldest();
        },
      };
    },
  };
}
