/**
 * `npm run bench:profile`: where a request's time goes, one request at a time (no contention):
 * HTTP + Apollo alone (`{ __typename }`), each bench case end to end, the share spent waiting on
 * Neo4j (the executor's reads, timed), and a bare `RETURN 1` round trip through the executor.
 * Uses the bench's Neo4j (started, loaded and stopped here) unless --uri names a running one that
 * already holds the report.
 */
import { parseArgs } from 'node:util';
import { buildSchema } from 'graphql';
import path from 'node:path';
import { projectRoot } from '../src/config';
import { CypherRegistry } from '../src/db/cypherRegistry';
import { createDriver } from '../src/db/driver';
import { Executor, type Row } from '../src/db/executor';
import { ingestReport } from '../src/ingest/ingestReport';
import { createApp } from '../src/server/app';
import { loadTypeDefs } from '../src/server/schema';
import { post } from './gql';
import { runnableCases } from './mix';
import { startBenchNeo4j } from './processes';

/** An executor that also adds up the time its reads take. */
class TimedExecutor extends Executor {
  readMs = 0;
  /** Milliseconds and calls per named query since the last reset. */
  byQuery = new Map<string, { ms: number; calls: number }>();
  override async read(name: string, params: Row = {}): Promise<Row[]> {
    const t = performance.now();
    try {
      return await super.read(name, params);
    } finally {
      const ms = performance.now() - t;
      this.readMs += ms;
      const entry = this.byQuery.get(name) ?? { ms: 0, calls: 0 };
      this.byQuery.set(name, { ms: entry.ms + ms, calls: entry.calls + 1 });
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { uri: { type: 'string' }, n: { type: 'string', default: '200' } } });
  const n = Number(values.n);
  const neo4j = values.uri ? { uri: values.uri, stop: async () => undefined } : await startBenchNeo4j((l) => console.log(l));
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: 'password' });
  try {
    const registry = new CypherRegistry();
    const executor = new TimedExecutor(driver, registry, { database: 'neo4j', readTimeoutMs: 30_000 });
    if (!values.uri) await ingestReport(executor, path.join(projectRoot, 'data', 'wlb-followup-r6.txt'));
    const app = createApp({ config: { nodeEnv: 'production', corsOrigins: [] }, executor });
    const url = await app.listen(0);
    const { cases } = runnableCases(new Set(Object.keys(buildSchema(loadTypeDefs().join('\n')).getQueryType()!.getFields())));
    const time = async (label: string, run: () => Promise<unknown>): Promise<void> => {
      for (let i = 0; i < 30; i++) await run(); // warm
      const trips0 = executor.roundTrips;
      executor.readMs = 0;
      executor.byQuery.clear();
      const t = performance.now();
      for (let i = 0; i < n; i++) await run();
      const each = (performance.now() - t) / n;
      const db = executor.readMs / n;
      const trips = (executor.roundTrips - trips0) / n;
      console.log(`${label.padEnd(16)} ${each.toFixed(2).padStart(7)} ms/request; waiting on Neo4j ${db.toFixed(2).padStart(6)} ms (${trips} round trips); the rest (HTTP, Apollo, resolvers) ${(each - db).toFixed(2)} ms`);
      const queries = [...executor.byQuery].map(([name, q]) => `${name} ${(q.ms / q.calls).toFixed(2)} ms`);
      if (queries.length > 0) console.log(`${''.padEnd(16)} queries: ${queries.join(', ')}`);
    };
    await time('RETURN 1', () => executor.read('read/reportCount'));
    await time('{ __typename }', () => post(url, { query: '{ __typename }' }));
    for (const c of cases) await time(c.name, () => post(url, c.ours));
    await app.stop();
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
