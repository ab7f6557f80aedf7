/**
 * The API under test: the test Neo4j emptied and loaded with the bundled report through
 * `ingestReport` (the only year in the graph, unless `alsoLoad` names more reports), and the app
 * from `createApp` listening on a free port — no child processes. Call `useApi()` at the top of a
 * test file; it registers beforeAll/afterAll and returns accessors.
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../../../src/config';
import { CypherRegistry } from '../../../src/db/cypherRegistry';
import { Executor } from '../../../src/db/executor';
import { ingestReport } from '../../../src/ingest/ingestReport';
import { createApp, type App } from '../../../src/server/app';
import { clearGraph, testDriver } from './neo4j';

export const BUNDLED_REPORT = path.join(projectRoot, 'data', 'wlb-followup-r6.txt');

export interface GraphQLAnswer<D = Record<string, any>> {
  readonly status: number;
  readonly body: { data?: D | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

export interface ApiHarness {
  /** The executor the app runs on (its `roundTrips` counts queries). */
  executor(): Executor;
  /** The driver of the test database. */
  driver(): Driver;
  /** http://127.0.0.1:<port> (no path). */
  baseUrl(): string;
  /** POSTs a GraphQL request as JSON. */
  gql<D = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer<D>>;
  /** `gql` that fails the test on any error and returns `data`. */
  data<D = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<D>;
}

export interface ApiOptions {
  readonly nodeEnv?: 'production' | 'development' | 'test';
  /**
   * How long the app trusts its read of the served versions (default here 60 s, so a test's
   * round-trip counts hold only its own queries; a test that ingests while the app runs and expects
   * the new version sets it short, as a deployment has it: 1 s).
   */
  readonly versionTtlMs?: number;
  /** Report files ingested after the bundled one, before the app starts (other fiscal years). */
  readonly alsoLoad?: readonly string[];
}

export function useApi(options: ApiOptions = {}): ApiHarness {
  let driver: Driver;
  let executor: Executor;
  let app: App;
  let base = '';
  beforeAll(async () => {
    driver = testDriver();
    executor = new Executor(driver, new CypherRegistry(), { database: 'neo4j', readTimeoutMs: 20_000 });
    await clearGraph(driver);
    await ingestReport(executor, BUNDLED_REPORT);
    for (const file of options.alsoLoad ?? []) await ingestReport(executor, file);
    app = createApp({ config: { nodeEnv: options.nodeEnv ?? 'test', corsOrigins: [] }, executor, versionTtlMs: options.versionTtlMs ?? 60_000 });
    const url = await app.listen(0);
    base = url.replace(/\/graphql$/u, '');
    // The app reads the served versions on its first request: done here, so tests count only their own round trips.
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ reports { fiscalYear } }' }) });
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
    await driver?.close();
  });

  const gql = async <D>(query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer<D>> => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLAnswer<D>['body'] };
  };
  return {
    executor: () => executor,
    driver: () => driver,
    baseUrl: () => base,
    gql,
    async data<D>(query: string, variables?: Record<string, unknown>): Promise<D> {
      const answer = await gql<D>(query, variables);
      if (answer.body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(answer.body.errors)}`);
      return answer.body.data as D;
    },
  };
}
