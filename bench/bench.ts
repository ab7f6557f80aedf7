/**
 * `npm run bench [-- --concurrency 1,16,64 --warm 10 --seconds 4 --requests N --length N --seed 1
 * --zipf 1 --ttl 60 --uri bolt://… --mix-only --no-staleness]`: four servers on the same freshly
 * loaded Neo4j, the same run, the same questions:
 *
 *   ours, no cache            the compiled server `npm start` runs, RESPONSE_CACHE=off
 *   ours, response cache      the same, RESPONSE_CACHE=on
 *   anchor                    @neo4j/graphql 7 (bench/anchor/), no cache
 *   anchor, response cache    the same with Apollo's response cache, every answer cached for --ttl s
 *
 * One of ours runs with RESPONSE_CACHE unset — npm start's default decides which — and is marked
 * "as npm start runs it"; the other sets it. Each of ours otherwise gets npm start's settings.
 *
 * 1. starts its own Neo4j (port 7811, .neo4j-bench/; or --uri), loads the bundled report;
 * 2. starts the four servers; reads the graph through ours and draws the varied mix (bench/varied/:
 *    ≥ 2 000 distinct questions, a fixed sequence, next pages with cursors resolved on each side),
 *    which also compares answers ours vs the anchor; checks the six-query mix (bench/mix.ts);
 * 3. warms each server (the six queries once, then --warm s of the varied mix tagged apart), takes RSS;
 * 4. the varied mix: at each concurrency, each server is sent the sequence (its first --requests)
 *    once, tagged per run so every run starts with nothing of it cached: throughput, p50/p99 (all
 *    and by kind), errors, cache hit rate, CPU per request of the server and Neo4j;
 * 5. unless --mix-only, each kind of the varied mix alone (ours uncached vs the anchor uncached, at
 *    concurrency 16: CPU per request of each server and Neo4j says where the time goes);
 *    the six-query mix: each server for --seconds at each concurrency, then (unless --mix-only)
 *    each case alone, ours uncached vs the anchor uncached;
 * 6. staleness (bench/staleness.ts): all four polled while a changed report of the same year is
 *    ingested under light load; time from the switch to the last old answer;
 * 7. writes bench/results/latest.json and regenerates bench/RESULTS.md.
 * Everything it started is stopped at the end, also on failure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSchema } from 'graphql';
import { loadConfig, projectRoot } from '../src/config';
import { CypherRegistry } from '../src/db/cypherRegistry';
import { createDriver } from '../src/db/driver';
import { Executor } from '../src/db/executor';
import { ingestReport } from '../src/ingest/ingestReport';
import { loadTypeDefs } from '../src/server/schema';
import { cpuMs } from './cpu';
import { post } from './gql';
import { driveSequence, type SequenceFigures } from './load';
import { machineStart } from './machine';
import { runnableCases } from './mix';
import { buildOurs, ensureAnchorInstalled, rssMb, startAnchor, startBenchNeo4j, startOurs, type BenchNeo4j, type Server } from './processes';
import { writeResultsMarkdown } from './report';
import { checkCases, countRoundTrips, measured, type MeasuredFigures } from './sixMix';
import { backgroundLoad, measureStaleness, writeChangedReport, type ProbeTarget } from './staleness';
import { prepareVariedMix } from './varied';

export const RESULTS_DIR = path.join(projectRoot, 'bench', 'results');
const REPORT = path.join(projectRoot, 'data', 'wlb-followup-r6.txt');
const log = (line: string) => console.log(`[bench] ${line}`);

export type ServerKey = 'oursOff' | 'oursOn' | 'anchor' | 'anchorCache';

interface BenchServer {
  readonly key: ServerKey;
  readonly label: string;
  readonly side: 'ours' | 'anchor';
  readonly server: Server;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '4' },
      warm: { type: 'string', default: '10' },
      concurrency: { type: 'string', default: '1,16,64' },
      requests: { type: 'string' },
      length: { type: 'string' },
      seed: { type: 'string', default: '1' },
      zipf: { type: 'string', default: '1' },
      ttl: { type: 'string', default: '60' },
      uri: { type: 'string' },
      'mix-only': { type: 'boolean', default: false },
      'no-staleness': { type: 'boolean', default: false },
    },
  });
  const seconds = Number(values.seconds);
  const levels = values.concurrency.split(',').map(Number);
  const ttl = Number(values.ttl);
  if (!(seconds > 0) || levels.some((c) => !(c >= 1)) || !(ttl > 0)) throw new TypeError('--seconds and --ttl must be > 0 and --concurrency a list of whole numbers ≥ 1');
  const machine = machineStart();
  ensureAnchorInstalled(log);
  buildOurs(log);

  const cleanup: (() => Promise<void>)[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-bench-'));
  cleanup.push(async () => fs.rmSync(tmp, { recursive: true, force: true }));
  try {
    // --uri: a running Neo4j to use instead of starting one (quicker iterations; it gets the report loaded).
    const neo4j: BenchNeo4j = values.uri ? { uri: values.uri, stop: async () => undefined } : await startBenchNeo4j(log);
    cleanup.unshift(() => neo4j.stop());
    const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: 'password' });
    cleanup.unshift(() => driver.close());
    const executor = new Executor(driver, new CypherRegistry(), { database: 'neo4j', readTimeoutMs: 30_000 });
    const ingest = await ingestReport(executor, REPORT);
    log(`ingested the report in ${ingest.elapsedMs} ms: ${JSON.stringify(ingest.counts.nodes)}`);

    // What npm start would do with RESPONSE_CACHE unset (the defaults of the server's configuration).
    const defaults = loadConfig({});
    const npmStartCache = defaults.responseCache;
    const servers: BenchServer[] = [];
    const start = async (key: ServerKey, label: string, side: BenchServer['side'], started: Promise<Server>) => {
      const server = await started;
      cleanup.unshift(() => server.stop());
      servers.push({ key, label, side, server });
      log(`${label} at ${server.url} (pid ${server.pid}; log ${server.logFile})`);
    };
    const oursWith = (cache: 'on' | 'off') => ({ RESPONSE_CACHE_HEADER: 'on', ...(cache === npmStartCache ? {} : { RESPONSE_CACHE: cache }) });
    const npmLabel = (cache: 'on' | 'off') => (cache === npmStartCache ? ' (as npm start runs it)' : ` (RESPONSE_CACHE=${cache})`);
    await start('oursOff', `ours, no cache${npmLabel('off')}`, 'ours', startOurs(neo4j.uri, 4211, oursWith('off'), tmp));
    await start('oursOn', `ours, response cache${npmLabel('on')}`, 'ours', startOurs(neo4j.uri, 4212, oursWith('on'), tmp));
    await start('anchor', 'anchor (@neo4j/graphql 7), no cache', 'anchor', startAnchor(neo4j.uri, 4213, { logDir: tmp }));
    await start('anchorCache', `anchor, Apollo response cache (TTL ${ttl} s)`, 'anchor', startAnchor(neo4j.uri, 4214, { cacheTtlSeconds: ttl, logDir: tmp }));
    const by = (key: ServerKey) => servers.find((s) => s.key === key)!.server;

    // The varied mix: drawn from the graph, resolved (cursors) and compared on the uncached pair.
    const variedStarted = Date.now();
    const varied = await prepareVariedMix(
      { ours: by('oursOff').url, anchor: by('anchor').url },
      { seed: Number(values.seed), zipf: Number(values.zipf), length: values.length ? Number(values.length) : undefined },
    );
    const s = varied.summary;
    log(`varied mix: ${s.requests} operations, ${s.distinct} distinct (the anchor's: ${s.distinctAnchor}), drawn in ${Date.now() - variedStarted} ms`);
    for (const k of s.byKind) log(`  ${k.kind.padEnd(14)} ${String(k.requests).padStart(6)} requests, ${String(k.distinct).padStart(5)} distinct (anchor ${k.distinctAnchor}), anchor ${k.role}, answers same ${k.same}, different ${k.different}`);
    for (const d of varied.differences.slice(0, 20)) log(`  DIFFERENT ${d}`);
    if (varied.errors.length > 0) {
      for (const e of varied.errors.slice(0, 20)) log(`  ERROR ${e}`);
      if (varied.errors.some((e) => e.includes('(ours)'))) throw new Error(`${varied.errors.length} operations of the varied mix answered errors (above)`);
    }
    if (s.distinct < 2000) log(`WARNING: only ${s.distinct} distinct operations (the issue asks for at least 2 000)`);
    const requests = values.requests ? Math.min(Number(values.requests), varied.sequence.length) : varied.sequence.length;

    // The six-query mix: checked on the uncached pair.
    const queryFields = new Set(Object.keys(buildSchema(loadTypeDefs().join('\n')).getQueryType()!.getFields()));
    const { cases, skipped } = runnableCases(queryFields);
    const { checks, failed } = await checkCases(cases, by('oursOff'), by('anchor'), log);
    for (const f of failed) throw new Error(f.reason);
    log(`six-query mix answers: ${JSON.stringify(checks)}`);
    const roundTrips = await countRoundTrips(cases, executor);
    log(`six-query mix, Cypher round trips per request: ${JSON.stringify(roundTrips)}`);

    // Warm-up (lazy loads, JIT, query plans, pools), then RSS.
    const warmSeconds = Number(values.warm);
    const rss: Record<string, { afterWarmUpMb: number; atEndMb?: number }> = {};
    for (const x of servers) {
      for (const c of cases) await post(x.server.url, x.side === 'ours' ? c.ours : (c.anchor ?? c.ours));
      if (warmSeconds > 0) await driveSequence(x.server.url, varied.bodies(x.side, 'warm-up'), varied.kinds(), 16, { seconds: warmSeconds });
      rss[x.key] = { afterWarmUpMb: round1(rssMb(x.server.pid)) };
      log(`warmed ${x.label}: RSS ${rss[x.key].afterWarmUpMb} MB`);
    }

    // The varied mix at each concurrency, every server the same sequence, each run tagged apart.
    const variedRuns: Record<string, Record<string, SequenceFigures & { cpuMsPerRequest: { server: number; neo4j: number | null } }>> = {};
    for (const c of levels) {
      variedRuns[c] = {};
      for (const x of servers) {
        const server0 = cpuMs(x.server.pid);
        const neo0 = neo4j.pid ? cpuMs(neo4j.pid) : 0;
        const f = await driveSequence(x.server.url, varied.bodies(x.side, `varied c${c}`, requests), varied.kinds(requests), Math.min(c, requests));
        const per = (ms: number) => Math.round((ms / Math.max(1, f.requests)) * 100) / 100;
        variedRuns[c][x.key] = { ...f, cpuMsPerRequest: { server: per(cpuMs(x.server.pid) - server0), neo4j: neo4j.pid ? per(cpuMs(neo4j.pid) - neo0) : null } };
        log(`varied @${c} ${x.label}: ${f.rps} req/s, p50 ${f.p50Ms} p99 ${f.p99Ms} ms, hits ${(f.hitRate * 100).toFixed(1)}%, ${f.failures} failed, ${f.graphqlErrors} GraphQL errors`);
        for (const e of f.sampleErrors) log(`  error: ${e}`);
      }
    }

    // Each kind of the varied mix alone, the uncached pair at the headline concurrency: where the time goes.
    const at = levels.includes(16) ? 16 : levels[0];
    const variedKinds: Record<string, Record<string, unknown>> = {};
    for (const kind of values['mix-only'] ? [] : varied.summary.byKind.map((k) => k.kind)) {
      variedKinds[kind] = {};
      for (const x of servers.filter((y) => y.key === 'oursOff' || y.key === 'anchor')) {
        const bodies = varied.bodiesOfKind(x.side, `alone ${kind}`, kind, Math.min(requests, 600));
        const server0 = cpuMs(x.server.pid);
        const neo0 = neo4j.pid ? cpuMs(neo4j.pid) : 0;
        const { sampleErrors, byKind, ...f } = await driveSequence(x.server.url, bodies, bodies.map(() => kind), Math.min(at, bodies.length));
        const answerBytes = byKind[kind]?.meanBytes ?? null;
        const per = (ms: number) => Math.round((ms / Math.max(1, f.requests)) * 100) / 100;
        variedKinds[kind][x.key] = { ...f, answerBytes, cpuMsPerRequest: { server: per(cpuMs(x.server.pid) - server0), neo4j: neo4j.pid ? per(cpuMs(neo4j.pid) - neo0) : null } };
        log(`varied ${kind} alone @${at} ${x.label}: ${f.rps} req/s, p50 ${f.p50Ms} p99 ${f.p99Ms} ms, CPU ms/req ${JSON.stringify((variedKinds[kind][x.key] as any).cpuMsPerRequest)}`);
      }
    }

    // The six-query mix at each concurrency, every server; then each case alone, the uncached pair.
    const sixMix: Record<string, Record<string, MeasuredFigures>> = {};
    for (const c of levels) {
      sixMix[c] = {};
      for (const x of servers) {
        sixMix[c][x.key] = await measured(x.server, cases.map((k) => (x.side === 'ours' ? k.ours : (k.anchor ?? k.ours))), c, seconds, neo4j.pid);
        log(`six-query mix @${c} ${x.label}: ${fmt(sixMix[c][x.key])}`);
      }
    }
    const perQuery = [];
    for (const k of values['mix-only'] ? [] : cases) {
      for (const c of levels) {
        const ours = await measured(by('oursOff'), [k.ours], c, seconds, neo4j.pid);
        const anchor = k.anchor ? await measured(by('anchor'), [k.anchor], c, seconds, neo4j.pid) : null;
        const ratio = anchor && anchor.rps > 0 ? round2(ours.rps / anchor.rps) : null;
        perQuery.push({ name: k.name, concurrency: c, ours, anchor, ratio });
        log(`${k.name} @${c}: ours ${fmt(ours)} | anchor ${fmt(anchor)} | ratio ${ratio}`);
      }
    }

    // Staleness: a changed report of the same year ingested while every server is polled (and lightly loaded).
    let staleness = null;
    if (!values['no-staleness']) {
      const change = await writeChangedReport(REPORT, by('oursOff').url, tmp);
      log(`staleness: ${change.measureId} changes ${change.before} → ${change.after}; ingesting ${change.file} (retire grace ${defaults.ingestRetireGraceMs} ms, as npm start)`);
      const targets: ProbeTarget[] = servers.map((x) =>
        x.side === 'ours'
          ? { name: x.key, url: x.server.url, probe: { query: 'query Probe($id: ID!) { measure(id: $id) { text } }', variables: { id: change.measureId } }, texts: (d: any) => (d.measure ? [d.measure.text] : []) }
          : { name: x.key, url: x.server.url, probe: { query: 'query Probe($id: ID!) { measures(where: { id: { eq: $id } }) { text } }', variables: { id: change.measureId } }, texts: (d: any) => d.measures.map((m: any) => m.text) },
      );
      const load = servers.map((x) => backgroundLoad(x.server.url, varied.bodies(x.side, 'staleness'), 2));
      staleness = await measureStaleness(
        targets,
        change,
        async (switched) => {
          const summary = await ingestReport(executor, change.file, {
            retireGraceMs: defaults.ingestRetireGraceMs,
            batchSize: defaults.ingestBatchSize,
            progress: (line) => {
              if (line.startsWith('serving ')) switched();
            },
          });
          // The switch's time: the loadedAt its transaction wrote.
          const report = (await executor.read('read/reportVersions', {})).map((r) => r.report as { fiscalYear: number; loadedAt: string }).find((r) => r.fiscalYear === summary.fiscalYear);
          if (!report) throw new Error(`staleness: no report of ${summary.fiscalYear} after the ingest`);
          return Date.parse(report.loadedAt);
        },
        { timeoutMs: (ttl + 30) * 1000 },
      );
      const loadFigures = await Promise.all(load.map((l) => l.stop()));
      for (const x of staleness.servers) log(`staleness ${x.name}: fresh ${x.freshAfterMs} ms after the switch (last old answer ${x.lastOldMs} ms, first new ${x.firstNewMs} ms, ${x.mixed} mixed answers, ${x.polls} polls)`);
      staleness = { ...staleness, backgroundLoad: Object.fromEntries(servers.map((x, i) => [x.key, loadFigures[i]])) };
    }
    for (const x of servers) rss[x.key].atEndMb = round1(rssMb(x.server.pid));

    const results = {
      servers: servers.map((x) => ({ key: x.key, label: x.label, side: x.side })),
      npmStartResponseCache: npmStartCache,
      headlineConcurrency: at,
      varied: {
        seed: Number(values.seed),
        zipf: Number(values.zipf),
        requestsPerRun: requests,
        summary: varied.summary,
        differences: varied.differences,
        anchorErrors: varied.errors,
        runs: variedRuns,
        kindsAlone: variedKinds,
      },
      six: { mix: sixMix, perQuery, roundTrips, cases: cases.map((x) => ({ name: x.name, what: x.what, ours: x.ours.query, anchor: x.anchor?.query ?? null })), checks, skipped, secondsPerRun: seconds },
      staleness,
      rss,
      ingestMs: ingest.elapsedMs,
      warmSeconds,
      ttlSeconds: ttl,
      machine: machine(),
    };
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(path.join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeResultsMarkdown();
    const h = variedRuns[at];
    const npmKey: ServerKey = npmStartCache === 'on' ? 'oursOn' : 'oursOff';
    log(`varied @${at}: ours as npm start runs it ${h[npmKey].rps} req/s (p99 ${h[npmKey].p99Ms} ms) vs the anchor with its cache ${h.anchorCache.rps} (${round2(h[npmKey].rps / h.anchorCache.rps)}×); uncached ${round2(h.oursOff.rps / h.anchor.rps)}×`);
    log('wrote bench/results/latest.json and bench/RESULTS.md');
  } finally {
    for (const step of cleanup) await step().catch((e: unknown) => log(`cleanup: ${String(e)}`));
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

function fmt(f: { rps: number; p50Ms: number; p99Ms: number; failures: number } | null): string {
  return f ? `${f.rps} rps p50 ${f.p50Ms} p99 ${f.p99Ms} ms (${f.failures} failed)` : '—';
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  });
}
