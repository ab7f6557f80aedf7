/**
 * Drives a GraphQL endpoint with autocannon: POSTs of the given bodies (cycled per connection) for
 * a fixed time at a fixed concurrency, on loopback. Returns throughput, latency percentiles and
 * failures (non-2xx, socket errors, time-outs) and answers carrying GraphQL errors.
 */
import autocannon from 'autocannon';
import type { BenchQuery } from './mix';

export interface LoadFigures {
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly failures: number;
  /** Answers with a GraphQL `errors` member (HTTP 200 or not). */
  readonly graphqlErrors: number;
}

export async function drive(url: string, queries: readonly BenchQuery[], connections: number, seconds: number): Promise<LoadFigures> {
  let graphqlErrors = 0;
  const onResponse = (_status: number, body: string) => {
    if (body.includes('"errors":')) graphqlErrors++;
  };
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 60, // seconds: a slow answer (100× data under load) is a figure, not a failure
    requests: queries.map((q) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q.query, variables: q.variables }),
      onResponse,
    })),
  });
  // No answer within the run: no latency to report (null in the JSON), not 0.
  const none = result.requests.total === 0;
  return {
    // Over the run's real length: autocannon stops on a 1-second tick, which can fall after `seconds`.
    rps: round(result.requests.total / (result.duration || seconds)),
    p50Ms: none ? NaN : result.latency.p50,
    p99Ms: none ? NaN : result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    graphqlErrors,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Figures of one pass of a fixed sequence, with cache hits and latency by kind of operation. */
export interface SequenceFigures extends LoadFigures {
  readonly seconds: number;
  /** Answers a response cache served: `x-response-cache: hit` (ours, RESPONSE_CACHE_HEADER=on) or an `age` header (Apollo's plugin). */
  readonly cacheHits: number;
  /** cacheHits / requests. */
  readonly hitRate: number;
  /** By kind; meanBytes = the mean size of an answer's body (UTF-8), to tell a heavy answer from a slow server. */
  readonly byKind: Record<string, { readonly requests: number; readonly p50Ms: number; readonly p99Ms: number; readonly graphqlErrors: number; readonly meanBytes: number }>;
  /** The first few answers with errors (what went wrong, for the log). */
  readonly sampleErrors: readonly string[];
}

/**
 * Sends `bodies` (GraphQL POST bodies, already serialised), each exactly once and in this order of
 * issue, over `connections` keep-alive connections: every connection takes the next body of the one
 * shared sequence when its previous answer arrives, so every server gets the same sequence however
 * fast it answers. `kinds[i]` names the kind of `bodies[i]` (latency and errors by kind). With
 * `seconds`, it sends for that long instead, starting again at the first body after the last.
 */
export async function driveSequence(url: string, bodies: readonly string[], kinds: readonly string[], connections: number, { seconds: duration }: { seconds?: number } = {}): Promise<SequenceFigures> {
  if (bodies.length !== kinds.length || bodies.length < connections) throw new RangeError(`driveSequence needs one kind per body and at least one body per connection; got ${bodies.length} bodies, ${kinds.length} kinds, ${connections} connections`);
  let next = 0;
  let graphqlErrors = 0;
  let cacheHits = 0;
  const sampleErrors: string[] = [];
  const latencies = new Map<string, number[]>();
  const errorsByKind = new Map<string, number>();
  const bytesByKind = new Map<string, number>();
  type Context = { op?: number; sent?: number };
  const started = performance.now();
  // autocannon ends a run on its next 1-second tick: time the run from the first request sent to
  // the last answer instead, or a short run's throughput is off by up to a second.
  let firstSent: number | undefined;
  let lastAnswered = started;
  let answered = 0;
  const result = await autocannon({
    url,
    connections,
    ...(duration ? { duration } : { amount: bodies.length }),
    pipelining: 1,
    timeout: 60,
    requests: [
      {
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        setupRequest: (request: any, context: Context) => {
          context.op = next++;
          context.sent = performance.now();
          firstSent ??= context.sent;
          return { ...request, body: bodies[context.op % bodies.length] };
        },
        onResponse: (_status: number, body: string, context: Context, headers: Record<string, string | string[]>) => {
          const kind = kinds[(context.op ?? 0) % kinds.length];
          const list = latencies.get(kind) ?? [];
          lastAnswered = performance.now();
          answered++;
          list.push(lastAnswered - (context.sent ?? started));
          latencies.set(kind, list);
          bytesByKind.set(kind, (bytesByKind.get(kind) ?? 0) + Buffer.byteLength(body));
          if (body.includes('"errors":')) {
            graphqlErrors++;
            errorsByKind.set(kind, (errorsByKind.get(kind) ?? 0) + 1);
            if (sampleErrors.length < 5) sampleErrors.push(`${kind} #${context.op}: ${body.slice(0, 300)}`);
          }
          for (const [name, value] of Object.entries(headers)) {
            const lower = name.toLowerCase();
            if ((lower === 'x-response-cache' && value === 'hit') || lower === 'age') cacheHits++;
          }
        },
      } as any,
    ],
  });
  const seconds = (lastAnswered - (firstSent ?? started)) / 1000;
  const byKind: SequenceFigures['byKind'] = {};
  for (const [kind, list] of latencies) {
    list.sort((a, b) => a - b);
    byKind[kind] = { requests: list.length, p50Ms: percentile(list, 0.5), p99Ms: percentile(list, 0.99), graphqlErrors: errorsByKind.get(kind) ?? 0, meanBytes: Math.round((bytesByKind.get(kind) ?? 0) / list.length) };
  }
  // No answer within the run: no latency to report (null in the JSON), not 0.
  const none = answered === 0;
  return {
    rps: none ? 0 : round(answered / seconds),
    p50Ms: none ? NaN : result.latency.p50,
    p99Ms: none ? NaN : result.latency.p99,
    requests: answered,
    failures: result.non2xx + result.errors + result.timeouts,
    graphqlErrors,
    seconds: round(seconds),
    cacheHits,
    hitRate: none ? 0 : Math.round((cacheHits / answered) * 1000) / 1000,
    byKind,
    sampleErrors,
  };
}

/** The q-quantile of sorted values, rounded to 0.1 ms. */
function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
}
