/**
 * `npm run bench [-- --seconds 4 --warm 10 --concurrency 1,16,64 --uri bolt://… --mix-only]`: wlb-graph against the anchor
 * (@neo4j/graphql 7, bench/anchor/) on the same freshly loaded graph, same machine, same run.
 *
 * 1. starts its own Neo4j (port 7811, .neo4j-bench/; or uses --uri), loads the bundled report with ingestReport;
 * 2. starts our API (the real src/main.ts, NODE_ENV=production, LOG_LEVEL=warn) and the anchor as
 *    child processes on loopback; checks every case answers without errors on both, and that both
 *    answer the same question (same ministries, same totals);
 * 3. counts our Cypher round trips per case (the executor's counter, in-process app);
 * 4. drives both with autocannon: the whole mix (cycled) and each case alone, at each concurrency;
 *    then the mix again on an instance with RESPONSE_CACHE=on (reported apart);
 * 5. writes bench/results/latest.json and regenerates bench/RESULTS.md.
 * Everything it started is stopped at the end, also on failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSchema } from 'graphql';
import { projectRoot } from '../src/config';
import { CypherRegistry } from '../src/db/cypherRegistry';
import { createDriver } from '../src/db/driver';
import { Executor } from '../src/db/executor';
import { ingestReport } from '../src/ingest/ingestReport';
import { createApp } from '../src/server/app';
import { loadTypeDefs } from '../src/server/schema';
import { post } from './gql';
import { drive, type LoadFigures } from './load';
import { machineStart } from './machine';
import { runnableCases, type BenchCase } from './mix';
import { cpuMs } from './cpu';
import { ensureAnchorInstalled, startAnchor, startBenchNeo4j, startOurs, buildOurs, type BenchNeo4j, type Server } from './processes';
import { writeResultsMarkdown } from './report';

export const RESULTS_DIR = path.join(projectRoot, 'bench', 'results');
const REPORT = path.join(projectRoot, 'data', 'wlb-followup-r6.txt');
const log = (line: string) => console.log(`[bench] ${line}`);

export interface Compared {
  readonly ours: LoadFigures;
  readonly anchor: LoadFigures | null;
  /** ours.rps / anchor.rps */
  readonly ratio: number | null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { seconds: { type: 'string', default: '4' }, warm: { type: 'string', default: '10' }, concurrency: { type: 'string', default: '1,16,64' }, uri: { type: 'string' }, 'mix-only': { type: 'boolean', default: false } },
  });
  const seconds = Number(values.seconds);
  const levels = values.concurrency.split(',').map(Number);
  if (!(seconds > 0) || levels.some((c) => !(c >= 1))) throw new TypeError('--seconds must be > 0 and --concurrency a list of whole numbers ≥ 1');
  const machine = machineStart();
  ensureAnchorInstalled(log);
  buildOurs(log);

  const cleanup: (() => Promise<void>)[] = [];
  try {
    // --uri: a running Neo4j to use instead of starting one (quicker iterations; it gets the report loaded).
    const neo4j: BenchNeo4j = values.uri ? { uri: values.uri, stop: async () => undefined } : await startBenchNeo4j(log);
    cleanup.unshift(() => neo4j.stop());
    const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: 'password' });
    cleanup.unshift(() => driver.close());
    const executor = new Executor(driver, new CypherRegistry(), { database: 'neo4j', readTimeoutMs: 30_000 });
    const ingest = await ingestReport(executor, REPORT);
    log(`ingested the report in ${ingest.elapsedMs} ms: ${JSON.stringify(ingest.counts.nodes)}`);

    const ours = await startOurs(neo4j.uri, 4201);
    cleanup.unshift(() => ours.stop());
    const anchor = await startAnchor(neo4j.uri, 4202);
    cleanup.unshift(() => anchor.stop());
    log(`ours at ${ours.url} (pid ${ours.pid}), anchor at ${anchor.url} (pid ${anchor.pid})`);

    const queryFields = new Set(Object.keys(buildSchema(loadTypeDefs().join('\n')).getQueryType()!.getFields()));
    const { cases, skipped } = runnableCases(queryFields);
    if (skipped.length > 0) log(`skipped: ${skipped.join(', ')}`);
    const { checks, failed } = await checkAnswers(cases, ours, anchor);
    // An optional case (a feature still being built) that errors is left out and said so; a core case fails the bench.
    for (const f of failed) {
      if (!f.case.needs) throw new Error(f.reason);
      log(`left out: ${f.reason}`);
      skipped.push(f.reason);
      cases.splice(cases.indexOf(f.case), 1);
    }
    const roundTrips = await countRoundTrips(cases, executor);
    log(`round trips per request: ${JSON.stringify(roundTrips)}`);

    // Warm both (lazy loads such as the search tokenizer, JIT, plan caches, pools) before measuring.
    const warmSeconds = Number(values.warm);
    await warm(ours, cases.map((c) => c.ours), warmSeconds);
    await warm(anchor, anchorQueries(cases), warmSeconds);

    const mix: Record<string, Compared> = {};
    for (const c of levels) {
      mix[c] = await compare(ours, anchor, cases.map((x) => x.ours), anchorQueries(cases), c, seconds, neo4j.pid);
      log(`mix @${c}: ours ${fmt(mix[c].ours)} | anchor ${fmt(mix[c].anchor)} | ratio ${mix[c].ratio}`);
    }
    const perQuery = [];
    for (const x of values['mix-only'] ? [] : cases) {
      for (const c of levels) {
        const figures = await compare(ours, anchor, [x.ours], x.anchor ? [x.anchor] : [], c, seconds, neo4j.pid);
        perQuery.push({ name: x.name, concurrency: c, ...figures });
        log(`${x.name} @${c}: ours ${fmt(figures.ours)} | anchor ${fmt(figures.anchor)} | ratio ${figures.ratio}`);
      }
    }
    // The same mix on a second instance with the response cache on (reported apart: the targets are without it).
    await ours.stop();
    const cached = await startOurs(neo4j.uri, 4205, { RESPONSE_CACHE: 'on' });
    cleanup.unshift(() => cached.stop());
    const cacheOn: Record<string, LoadFigures> = {};
    await warm(cached, cases.map((x) => x.ours), warmSeconds);
    for (const c of levels) {
      cacheOn[c] = await drive(cached.url, cases.map((x) => x.ours), c, seconds);
      log(`mix @${c} with RESPONSE_CACHE=on: ${fmt(cacheOn[c])}`);
    }
    const headline = mix[16] ?? mix[levels[0]];
    const results = {
      ours: headline.ours,
      anchor: headline.anchor,
      ratio: headline.ratio,
      concurrency: mix[16] ? 16 : levels[0],
      responseCache: 'off',
      mix,
      cacheOn,
      perQuery,
      roundTrips,
      cases: cases.map((x) => ({ name: x.name, what: x.what, ours: x.ours.query, anchor: x.anchor?.query ?? null })),
      skipped,
      checks,
      ingestMs: ingest.elapsedMs,
      secondsPerRun: seconds,
      machine: machine(),
    };
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(path.join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeResultsMarkdown();
    log(`wrote bench/results/latest.json and bench/RESULTS.md: ratio ${results.ratio} at concurrency ${results.concurrency}, our p99 ${results.ours.p99Ms} ms`);
  } finally {
    for (const step of cleanup) await step().catch((e: unknown) => log(`cleanup: ${String(e)}`));
  }
}

/** Drives ours, then the anchor; each side's figures carry the CPU its server and Neo4j spent per request. */
async function compare(ours: Server, anchor: Server, oursQ: BenchCase['ours'][], anchorQ: BenchCase['ours'][], c: number, seconds: number, neo4jPid?: number): Promise<Compared> {
  const measured = async (server: Server, queries: BenchCase['ours'][]) => {
    const server0 = cpuMs(server.pid);
    const neo0 = neo4jPid ? cpuMs(neo4jPid) : 0;
    const figures = await drive(server.url, queries, c, seconds);
    const per = (ms: number) => Math.round((ms / Math.max(1, figures.requests)) * 100) / 100;
    return { ...figures, cpuMsPerRequest: { server: per(cpuMs(server.pid) - server0), neo4j: neo4jPid ? per(cpuMs(neo4jPid) - neo0) : null } };
  };
  const o = await measured(ours, oursQ);
  const a = anchorQ.length > 0 ? await measured(anchor, anchorQ) : null;
  return { ours: o, anchor: a, ratio: a && a.rps > 0 ? Math.round((o.rps / a.rps) * 100) / 100 : null };
}

/**
 * Each query once, one at a time (lazy loads happen once, not under load), then `seconds` of the
 * mix at concurrency 16: both JVM (Neo4j's compiled query paths) and V8 need load before their
 * figures settle, and a freshly started engine warms for whoever is measured first.
 */
async function warm(server: Server, queries: BenchCase['ours'][], seconds: number): Promise<void> {
  for (const q of queries) await post(server.url, q);
  await drive(server.url, queries, 16, seconds);
}

function anchorQueries(cases: readonly BenchCase[]): BenchCase['ours'][] {
  return cases.flatMap((x) => (x.anchor ? [x.anchor] : []));
}

/** Every case answers without errors on both sides, and both sides answer the same question. */
async function checkAnswers(
  cases: readonly BenchCase[],
  ours: Server,
  anchor: Server,
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
    checks[x.name] = sameAnswer(x.name, o.data, a.data);
  }
  log(`answers: ${JSON.stringify(checks)}`);
  return { checks, failed };
}

function sameAnswer(name: string, o: Record<string, any>, a: Record<string, any>): string {
  const agree = (what: string, ours: unknown, anchor: unknown): string => {
    const same = JSON.stringify(ours) === JSON.stringify(anchor);
    if (!same) log(`WARNING ${name}: ${what} differ: ours ${JSON.stringify(ours)}, anchor ${JSON.stringify(anchor)}`);
    return `${same ? 'same' : 'DIFFERENT'} ${what}`;
  };
  switch (name) {
    case 'clauseSharing':
      return agree(
        'ministries and measures',
        o.ministriesSharingClause.map((r: any) => [r.ministry.id, r.measures.map((m: any) => m.id).sort()]),
        a.ministries.map((m: any) => [m.id, m.priorityItems.flatMap((p: any) => p.measures.map((x: any) => x.id)).sort()]),
      );
    case 'ministryTree':
      return agree(
        'measure ids',
        o.ministry.priorityItems.flatMap((p: any) => p.measures.map((m: any) => m.id)),
        a.ministries[0].priorityItems.flatMap((p: any) => p.measures.map((m: any) => m.id)),
      );
    case 'measurePage':
      return agree('totals', o.measures.totalCount, a.measuresConnection.totalCount);
    default:
      return 'answers (not compared)';
  }
}

/** Cypher round trips one request of each case makes (in-process app on the same graph). */
async function countRoundTrips(cases: readonly BenchCase[], executor: Executor): Promise<Record<string, number>> {
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

function fmt(f: LoadFigures | null): string {
  return f ? `${f.rps} rps p50 ${f.p50Ms} p99 ${f.p99Ms} ms (${f.failures} failed)` : '—';
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  });
}
