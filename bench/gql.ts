/** One GraphQL POST for the bench's checks (not for load: that is autocannon's). */
import type { BenchQuery } from './mix';

export interface Answer {
  readonly status: number;
  readonly data?: Record<string, any> | null;
  readonly errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function post(url: string, q: BenchQuery): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}
