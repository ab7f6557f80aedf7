/**
 * An in-process response cache (RESPONSE_CACHE=on): answers to a query already answered — same
 * text, operation name and variables — served from memory without executing. The graph changes
 * only by ingesting a report, so every key carries the loaded report's version (id, sha256,
 * loadedAt), read from Neo4j at most once a second: after an ingest, from any process, old
 * answers stop matching within a second and age out of the LRU. Answers with errors are never
 * stored. Per instance: nothing is shared between instances (see README, Scaling out).
 */
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';

export interface ResponseCacheOptions {
  /** The loaded report's version (changes with every ingest). */
  readonly version: () => Promise<string>;
  /** Answers kept (least recently used dropped first). */
  readonly maxEntries?: number;
  /** How long a version read is trusted, ms (default 1000). */
  readonly versionTtlMs?: number;
  /** Say `x-response-cache: hit` or `miss` on each answer (the bench's hit rates; never in production). */
  readonly header?: boolean;
}

/** The header `header: true` adds. */
export const CACHE_STATUS_HEADER = 'x-response-cache';

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  readonly size: number;
}

/** Creates the plugin; `stats` counts hits and misses (tests and the bench read them). */
export function responseCachePlugin<C extends object>(options: ResponseCacheOptions): ApolloServerPlugin<C> & { stats: ResponseCacheStats } {
  const maxEntries = options.maxEntries ?? 1000;
  const ttl = options.versionTtlMs ?? 1000;
  const entries = new Map<string, FormattedExecutionResult>();
  let version: { value: Promise<string>; at: number } | undefined;
  const currentVersion = (): Promise<string> => {
    if (!version || Date.now() - version.at > ttl) {
      const value = options.version();
      version = { value, at: Date.now() };
      value.catch(() => (version = undefined)); // a failed read is not kept
    }
    return version.value;
  };
  const stats = {
    hits: 0,
    misses: 0,
    get size() {
      return entries.size;
    },
  };
  return {
    stats,
    async requestDidStart() {
      let key: string | undefined;
      return {
        async responseForOperation({ request, operationName }): Promise<GraphQLResponse | null> {
          let v: string;
          try {
            v = await currentVersion();
          } catch {
            return null; // the database is down: execute, and let the query report it
          }
          key = createHash('sha256').update(JSON.stringify([v, request.query, operationName, request.variables ?? null])).digest('base64');
          const hit = entries.get(key);
          if (!hit) {
            stats.misses++;
            return null;
          }
          stats.hits++;
          entries.delete(key); // most recently used goes last
          entries.set(key, hit);
          return { http: { status: undefined, headers: new HeaderMap(options.header ? [[CACHE_STATUS_HEADER, 'hit']] : []) }, body: { kind: 'single', singleResult: hit } };
        },
        async willSendResponse({ response }) {
          if (options.header && !response.http.headers.has(CACHE_STATUS_HEADER)) response.http.headers.set(CACHE_STATUS_HEADER, 'miss');
          if (key === undefined || response.body.kind !== 'single' || response.body.singleResult.errors) return;
          if (entries.has(key)) return;
          entries.set(key, response.body.singleResult);
          if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
        },
      };
    },
  };
}
