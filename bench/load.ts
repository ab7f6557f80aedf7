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
  return {
    rps: round(result.requests.total / seconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    graphqlErrors,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
