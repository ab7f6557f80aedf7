/**
 * The six-query mix (bench/mix.ts), the bench's second table: its answers checked on both sides,
 * our Cypher round trips per case counted, and the mix driven with autocannon (the cases cycled per
 * connection, for a fixed time).
 */
import { createApp } from '../src/server/app';
import type { Executor } from '../src/db/executor';
import { cpuMs } from './cpu';
import { post } from './gql';
import { drive, type LoadFigures } from './load';
import type { BenchCase, BenchQuery } from './mix';
import type { Server } from './processes';

export type MeasuredFigures = LoadFigures & { readonly cpuMsPerRequest: { readonly server: number; readonly neo4j: number | null } };

/** Drives one server with `queries` for `seconds`; the figures carry the CPU its process and Neo4j spent per request. */
export async function measured(server: Server, queries: readonly BenchQuery[], connections: number, seconds: number, neo4jPid?: number): Promise<MeasuredFigures> {
  const server0 = cpuMs(server.pid);
  const neo0 = neo4jPid ? cpuMs(neo4jPid) : 0;
  const figures = await drive(server.url, queries, connections, seconds);
  const per = (ms: number) => Math.round((ms / Math.max(1, figures.requests)) * 100) / 100;
  return { ...figures, cpuMsPerRequest: { server: per(cpuMs(server.pid) - server0), neo4j: neo4jPid ? per(cpuMs(neo4jPid) - neo0) : null } };
}

/** Every case answers without errors on both sides, and both sides answer the same question. */
export async function checkCases(
  cases: readonly BenchCase[],
  ours: Server,
  anchor: Server,
  log: (line: string) => void,
): Promise<{ checks: Record<string, string>; failed: { case: BenchCase; reason: string }[] }> {
  const checks: Record<string, string> = {};
  const failed: { case: BenchCase; reason: string }[] = [];
  for (const x of cases) {
    const o = await post(ours.url, x.ours);
    if (o.errors || !o.data) {
      failed.push({ case: x, reason: `${x.name} (ours answered errors: ${JSON.stringify(o.errors)})` });
      continue;
    }
    if (!x.anchor) continue;
    const a = await post(anchor.url, x.anchor);
    if (a.errors || !a.data) {
      failed.push({ case: x, reason: `${x.name} (the anchor answered errors: ${JSON.stringify(a.errors)})` });
      continue;
    }
    checks[x.name] = sameAnswer(x.name, o.data, a.data, log);
  }
  return { checks, failed };
}

function sameAnswer(name: string, o: Record<string, any>, a: Record<string, any>, log: (line: string) => void): string {
  const agree = (what: string, ours: unknown, anchor: unknown): string => {
    const same = JSON.stringify(ours) === JSON.stringify(anchor);
    if (!same) log(`WARNING ${name}: ${what} differ: ours ${JSON.stringify(ours)}, anchor ${JSON.stringify(anchor)}`);
    return `${same ? 'same' : 'DIFFERENT'} ${what}`;
  };
  switch (name) {
    case 'clauseSharing':
      return agree(
        'ministries and measures',
        o.ministriesSharingClause.edges.map((e: any) => [e.node.ministry.id, e.node.measures.map((m: any) => m.id)]),
        a.ministries.map((m: any) => [m.id, m.priorityItems.flatMap((p: any) => p.measures.map((x: any) => x.id))]),
      );
    case 'ministryTree':
      return agree(
        'measure ids',
        o.ministry.priorityItems.flatMap((p: any) => p.measures.map((m: any) => m.id)),
        a.ministries[0].priorityItems.flatMap((p: any) => p.measures.map((m: any) => m.id)),
      );
    case 'measurePage':
      return agree('totals and measure ids', [o.measures.totalCount, o.measures.edges.map((e: any) => e.node.id)], [a.measuresConnection.totalCount, a.measuresConnection.edges.map((e: any) => e.node.id)]);
    case 'similarMeasures':
      return agree(
        'neighbours',
        o.similarMeasures.map((s: any) => s.measure.id).sort(),
        a.measures[0].similarConnection.edges.map((e: any) => e.node.id).sort(),
      );
    default:
      return 'answers (not compared: a stand-in)';
  }
}

/** Cypher round trips one request of each case makes (in-process app on the same graph). */
export async function countRoundTrips(cases: readonly BenchCase[], executor: Executor): Promise<Record<string, number>> {
  const app = createApp({ config: { nodeEnv: 'production', corsOrigins: [] }, executor });
  const url = await app.listen(0);
  try {
    const trips: Record<string, number> = {};
    for (const x of cases) {
      const before = executor.roundTrips;
      const answer = await post(url, x.ours);
      if (answer.errors) throw new Error(`${x.name}: ${JSON.stringify(answer.errors)}`);
      trips[x.name] = executor.roundTrips - before;
    }
    return trips;
  } finally {
    await app.stop();
  }
}
