/**
 * The node:http request handler: `/graphql` goes to Apollo through `executeHTTPGraphQLRequest`
 * (no web framework) unless the response cache has the answer, `/healthz` and `/readyz` answer
 * JSON, `/explorer` serves the explorer page, bodies above `bodyLimitBytes` get 413, allowed CORS
 * origins get their headers, and each request is logged in one line.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Executor } from '../db/executor';
import { isExplorerPath, serveExplorer } from '../explorer/serveExplorer';
import type { ServedReports } from '../../loaders/servedReports';
import type { GraphContext } from './context';
import { ErrorCode } from './errors';
import { liveness, readiness } from './health';
import { bracketDepth, MAX_BRACKET_DEPTH } from './validation/bracketDepth';
import type { Logger } from './log';
import { CACHE_STATUS_HEADER, CLEAN_ANSWER_HEADER, ResponseCache } from './responseCache';

export interface HandlerOptions {
  readonly apollo: ApolloServer<GraphContext>;
  readonly executor: Executor;
  /** The reports a request reads now (loaders/servedReports.ts). */
  readonly served: () => Promise<ServedReports>;
  /** The context of a request that reads `served`. */
  readonly context: (served: ServedReports) => GraphContext;
  /** The response cache, when on; `header`: say `x-response-cache: hit|miss` on each answer. */
  readonly cache?: { readonly store: ResponseCache; readonly header: boolean };
  readonly log: Logger;
  readonly bodyLimitBytes: number;
  readonly corsOrigins: readonly string[];
  /** Development mode: /readyz names the database's own error. */
  readonly development: boolean;
}

/** Raised while reading a body that is larger than the limit; `got` is the size declared or read so far. */
class PayloadTooLargeError extends Error {
  constructor(readonly got: number) {
    super(`body of ${got} bytes`);
  }
}

export function createHttpHandler(options: HandlerOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = Date.now();
    res.on('finish', () => options.log.info(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`));
    handle(req, res, options).catch((error: unknown) => {
      options.log.error(`request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: HandlerOptions): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  applyCors(req, res, options.corsOrigins);
  if (req.method === 'OPTIONS') {
    res.statusCode = 204;
    res.end();
    return;
  }
  switch (url.pathname) {
    case '/healthz': {
      const answer = liveness();
      sendJson(res, answer.status, answer.body);
      return;
    }
    case '/readyz': {
      const answer = await readiness(options.executor, { detail: options.development });
      sendJson(res, answer.status, answer.body);
      return;
    }
    case '/graphql':
      await graphql(req, res, url, options);
      return;
    default:
      if (isExplorerPath(url.pathname)) {
        await serveExplorer(req, res, url.pathname);
        return;
      }
      sendJson(res, 404, { error: `no route ${url.pathname}; the API is at /graphql, the explorer at /explorer, health at /healthz and /readyz` });
  }
}

async function graphql(req: IncomingMessage, res: ServerResponse, url: URL, options: HandlerOptions): Promise<void> {
  let text: string;
  try {
    text = await readBody(req, options.bodyLimitBytes);
  } catch (error) {
    if (!(error instanceof PayloadTooLargeError)) throw error;
    res.setHeader('connection', 'close');
    sendJson(res, 413, {
      errors: [
        {
          message: `the request body is larger than the ${options.bodyLimitBytes}-byte limit: ${error.got} bytes or more came`,
          extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE, limit: options.bodyLimitBytes, got: error.got },
        },
      ],
    });
    return;
  }
  const served = await options.served();
  // Only POSTed JSON is cached: the same body asks the same question, and Apollo's CSRF checks
  // (which concern GET and simple content types) never refuse it.
  const cache = options.cache && req.method === 'POST' && !served.unavailable && /^application\/json\b/iu.test(req.headers['content-type'] ?? '') ? options.cache : undefined;
  const key = cache ? ResponseCache.keyOf(served.signature, { body: text, accept: req.headers.accept ?? '' }) : undefined;
  if (cache && key) {
    const hit = cache.store.get(key);
    if (hit) {
      for (const [name, value] of hit.headers) res.setHeader(name, value);
      if (cache.header) res.setHeader(CACHE_STATUS_HEADER, 'hit');
      res.statusCode = 200;
      res.end(hit.body);
      return;
    }
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = undefined;
  if (text !== '') {
    if (/^application\/(graphql-response\+)?json\b/iu.test(headers.get('content-type') ?? '')) {
      try {
        body = JSON.parse(text);
      } catch {
        sendJson(res, 400, { errors: [{ message: 'the request body must be JSON such as {"query":"{ __typename }"}; it did not parse', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
    } else {
      body = text;
    }
  }
  const tooDeep = tooDeepQuery(body, url);
  if (tooDeep !== undefined) {
    sendJson(res, 400, {
      errors: [
        {
          message: `the query text nests brackets ${tooDeep} deep; texts deeper than ${MAX_BRACKET_DEPTH} are refused unparsed (fields may nest at most 12 levels)`,
          extensions: { code: ErrorCode.QUERY_TOO_DEEP, limit: MAX_BRACKET_DEPTH, got: tooDeep },
        },
      ],
    });
    return;
  }
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context: async () => options.context(served),
  });
  const clean = response.headers.get(CLEAN_ANSWER_HEADER) === 'yes';
  response.headers.delete(CLEAN_ANSWER_HEADER);
  for (const [name, value] of response.headers) res.setHeader(name, value);
  if (cache?.header) res.setHeader(CACHE_STATUS_HEADER, 'miss');
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    const sent = Buffer.from(response.body.string);
    if (cache && key && clean && res.statusCode === 200) cache.store.set(key, { headers: [...response.headers], body: sent });
    res.end(sent);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The bracket depth of the request's query text (POST body or GET parameter) if above the limit. */
function tooDeepQuery(body: unknown, url: URL): number | undefined {
  const query = typeof body === 'string' ? body : typeof (body as { query?: unknown } | undefined)?.query === 'string' ? (body as { query: string }).query : url.searchParams.get('query');
  if (!query) return undefined;
  const depth = bracketDepth(query);
  return depth > MAX_BRACKET_DEPTH ? depth : undefined;
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.reject(new PayloadTooLargeError(declared));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new PayloadTooLargeError(size));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function applyCors(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): void {
  const origin = req.headers.origin;
  if (origin === undefined || !allowed.includes(origin)) return;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'origin');
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-allow-headers', 'content-type, apollo-require-preflight, x-apollo-operation-name');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
