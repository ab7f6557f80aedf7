/**
 * The only reader of `process.env`. Every setting is parsed and validated here once; a bad value
 * stops start-up with a `ConfigError` naming the variable, what it expects and what it got.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_CACHE_MB } from './server/responseCache';

export class ConfigError extends Error {
  constructor(variable: string, expected: string, got: string) {
    super(`${variable} must be ${expected}; got ${JSON.stringify(got)}`);
    this.name = 'ConfigError';
  }
}

export interface Config {
  /** Bolt/neo4j URI of an external Neo4j; `undefined` means "start the local engine ourselves". */
  readonly neo4jUri: string | undefined;
  readonly neo4jUser: string;
  readonly neo4jPassword: string;
  readonly neo4jDatabase: string;
  /** Port of the local engine (used when neo4jUri is unset, and by `npm run db:*`). */
  readonly neo4jBoltPort: number;
  /** Data folder of the local engine. */
  readonly neo4jDataDir: string;
  /** Heap and page cache of the local engine, e.g. "1g", "256m". */
  readonly neo4jHeap: string;
  readonly neo4jPageCache: string;
  readonly host: string;
  readonly port: number;
  /** Report loaded at start-up when the database holds none. */
  readonly reportPath: string;
  /** Folder of the people's decisions on alignments, one file per report (src/ingest/reviews/). */
  readonly reviewsDir: string;
  /**
   * `production` unless NODE_ENV says otherwise (what `npm start` and the Docker image run): clients
   * get coded errors without stack traces, internal messages, schema hints or introspection.
   * `development` (`npm run dev`) shows those details; `test` is jest's (introspection on, no details).
   */
  readonly nodeEnv: 'production' | 'development' | 'test';
  /** Per-request Neo4j transaction timeout. */
  readonly queryTimeoutMs: number;
  /** Allowed CORS origins; empty means same-origin only. */
  readonly corsOrigins: readonly string[];
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Pause after each ingest batch (0: none; tests use it to interrupt an ingest). */
  readonly ingestBatchDelayMs: number;
  /** Rows per ingest batch, each batch one transaction (bounds the engine's memory, not the report's size). */
  readonly ingestBatchSize: number;
  /**
   * How long an ingest waits after switching a year to its new version before deleting the old one:
   * longer than a request (QUERY_TIMEOUT_MS) plus the API's version check (1 s), so requests that
   * began on the old version finish on it.
   */
  readonly ingestRetireGraceMs: number;
  /** Request limits checked before execution (src/server/validation/). */
  readonly maxQueryDepth: number;
  readonly maxQueryCost: number;
  readonly maxAliases: number;
  /**
   * Joining concurrent requests' by-id reads into one round trip (loaders/crossRequestBatcher.ts):
   * -1 off; 0 within one turn of the event loop (default); N: within N ms.
   */
  readonly batchWindowMs: number;
  /** In-process response cache, keyed by the served reports' versions (src/server/responseCache.ts); on by default. */
  readonly responseCache: 'on' | 'off';
  /**
   * RESPONSE_CACHE_HEADER=on: answers say whether the response cache served them (`x-response-cache:
   * hit` or `miss`), for the bench's hit rates. Off by default: a header that tells a client which
   * queries others asked recently does not belong in production.
   */
  readonly responseCacheHeader: 'on' | 'off';
  /** Megabytes the response cache's answers may take (their bodies as sent), least recently used dropped first. */
  readonly responseCacheMb: number;
}

/** Defaults of the request limits (also used by apps built without a full config, e.g. in tests). */
export const LIMIT_DEFAULTS = Object.freeze({ maxQueryDepth: 12, maxQueryCost: 250_000, maxAliases: 30 });

type Env = Record<string, string | undefined>;

/** The directory holding package.json: src/ under tsx, dist/js/src/ once compiled (npm run build). */
const ROOT = findProjectRoot(__dirname);

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(__dirname, '..');
  }
}

/** Builds the configuration from an environment (default `process.env`). Throws `ConfigError`. */
export function loadConfig(env: Env = process.env): Config {
  const config: Config = {
    neo4jUri: optionalUri(env, 'NEO4J_URI'),
    neo4jUser: env.NEO4J_USER ?? 'neo4j',
    neo4jPassword: env.NEO4J_PASSWORD ?? 'password',
    neo4jDatabase: nonEmpty(env, 'NEO4J_DATABASE', 'neo4j'),
    neo4jBoltPort: port(env, 'NEO4J_BOLT_PORT', 7687),
    neo4jDataDir: path.resolve(ROOT, nonEmpty(env, 'NEO4J_DATA_DIR', '.neo4j')),
    neo4jHeap: memorySize(env, 'NEO4J_HEAP', '1g'),
    neo4jPageCache: memorySize(env, 'NEO4J_PAGECACHE', '256m'),
    host: nonEmpty(env, 'HOST', '127.0.0.1'),
    port: port(env, 'PORT', 4000),
    reportPath: path.resolve(ROOT, nonEmpty(env, 'WLB_REPORT', 'data/wlb-followup-r6.txt')),
    reviewsDir: path.resolve(ROOT, nonEmpty(env, 'WLB_REVIEWS_DIR', 'data/reviews')),
    nodeEnv: oneOf(env, 'NODE_ENV', ['production', 'development', 'test'] as const, 'production'),
    queryTimeoutMs: positiveInt(env, 'QUERY_TIMEOUT_MS', 5000),
    corsOrigins: list(env, 'CORS_ORIGINS'),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    ingestBatchDelayMs: nonNegativeInt(env, 'INGEST_BATCH_DELAY_MS', 0),
    ingestBatchSize: positiveInt(env, 'INGEST_BATCH_SIZE', 1000),
    ingestRetireGraceMs: nonNegativeInt(env, 'INGEST_RETIRE_GRACE_MS', positiveIntOr(env.QUERY_TIMEOUT_MS, 5000) + 1000),
    maxQueryDepth: positiveInt(env, 'MAX_QUERY_DEPTH', LIMIT_DEFAULTS.maxQueryDepth),
    maxQueryCost: positiveInt(env, 'MAX_QUERY_COST', LIMIT_DEFAULTS.maxQueryCost),
    maxAliases: nonNegativeInt(env, 'MAX_ALIASES', LIMIT_DEFAULTS.maxAliases),
    batchWindowMs: batchWindow(env, 'BATCH_WINDOW_MS', 0),
    // On by default: after an ingest every cached answer is fresh within a second (tests/integration/cacheFreshness.test.ts).
    responseCache: oneOf(env, 'RESPONSE_CACHE', ['on', 'off'] as const, 'on'),
    responseCacheHeader: oneOf(env, 'RESPONSE_CACHE_HEADER', ['on', 'off'] as const, 'off'),
    responseCacheMb: positiveInt(env, 'RESPONSE_CACHE_MB', DEFAULT_CACHE_MB),
  };
  return Object.freeze(config);
}

/** The repository root (where package.json lives). */
export const projectRoot = ROOT;

function nonEmpty(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined) return fallback;
  if (raw.trim() === '') throw new ConfigError(name, 'a non-empty string', raw);
  return raw.trim();
}

function optionalUri(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/.test(raw.trim())) {
    throw new ConfigError(name, 'a Neo4j URI such as bolt://127.0.0.1:7687 or neo4j+s://host', raw);
  }
  return raw.trim();
}

function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n <= 0) {
    throw new ConfigError(name, 'a positive whole number', raw);
  }
  return n;
}

/** A positive whole number, or the fallback when absent or not one (the variable's own check reports it). */
function positiveIntOr(raw: string | undefined, fallback: number): number {
  return raw !== undefined && /^\d+$/u.test(raw.trim()) && Number(raw) > 0 ? Number(raw) : fallback;
}

function batchWindow(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^(-1|\d{1,3})$/u.test(raw.trim())) throw new ConfigError(name, '-1 (off), 0 (one event-loop turn) or a number of milliseconds up to 999', raw);
  return Number(raw);
}

function nonNegativeInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, 'a whole number ≥ 0', raw);
  return Number(raw);
}

function port(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < 1 || n > 65535) {
    throw new ConfigError(name, 'a TCP port from 1 to 65535', raw);
  }
  return n;
}

function memorySize(env: Env, name: string, fallback: string): string {
  const raw = nonEmpty(env, name, fallback);
  if (!/^\d+[kmg]$/i.test(raw)) throw new ConfigError(name, 'a size such as 512m or 2g', raw);
  return raw.toLowerCase();
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `one of ${allowed.join(', ')}`, raw);
  }
  return raw as T;
}

function list(env: Env, name: string): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
}
