/**
 * `npm run bench:soak [-- --seconds 60 --concurrency 64]`: our API as npm start runs it (the
 * compiled server, npm start's settings — its response cache default included) on the bench's
 * Neo4j with the report loaded, driven with the varied mix (bench/varied/: its sequence again and
 * again, over 2 000 distinct questions, so a cache keeps filling and evicting) for a minute at
 * concurrency 64. Reports failures, GraphQL errors, throughput, latency, cache hits, and the API
 * process's RSS (after warm-up, every second, at the end): a leak shows as growth that does not
 * level off. Writes bench/results/soak.json and regenerates bench/RESULTS.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, projectRoot } from '../src/config';
import { CypherRegistry } from '../src/db/cypherRegistry';
import { createDriver } from '../src/db/driver';
import { Executor } from '../src/db/executor';
import { ingestReport } from '../src/ingest/ingestReport';
import { driveSequence } from './load';
import { machineStart } from './machine';
import { rssMb, startBenchNeo4j, startOurs, buildOurs } from './processes';
import { writeResultsMarkdown } from './report';
import { prepareVariedMix } from './varied';

const log = (line: string) => console.log(`[soak] ${line}`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { seconds: { type: 'string', default: '60' }, concurrency: { type: 'string', default: '64' }, uri: { type: 'string' } },
  });
  const seconds = Number(values.seconds);
  const concurrency = Number(values.concurrency);
  const machine = machineStart();
  buildOurs(log);
  const cleanup: (() => Promise<void>)[] = [];
  // The server's log (a line per request at npm start's level) lives as long as the run.
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-soak-'));
  cleanup.push(async () => fs.rmSync(logDir, { recursive: true, force: true }));
  try {
    const neo4j = values.uri ? { uri: values.uri, stop: async () => undefined } : await startBenchNeo4j(log);
    cleanup.unshift(() => neo4j.stop());
    const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: 'password' });
    cleanup.unshift(() => driver.close());
    await ingestReport(new Executor(driver, new CypherRegistry(), { database: 'neo4j', readTimeoutMs: 30_000 }), path.join(projectRoot, 'data', 'wlb-followup-r6.txt'));
    const ours = await startOurs(neo4j.uri, 4203, { RESPONSE_CACHE_HEADER: 'on' }, logDir);
    cleanup.unshift(() => ours.stop());

    const varied = await prepareVariedMix({ ours: ours.url }, { seed: 1 });
    if (varied.errors.length > 0) throw new Error(`the varied mix answered errors: ${varied.errors.slice(0, 5).join('; ')}`);
    const bodies = varied.bodies('ours', 'soak');
    const kinds = varied.kinds();
    await driveSequence(ours.url, bodies, kinds, concurrency, { seconds: 5 }); // warm-up
    const beforeMb = rssMb(ours.pid);
    const samples: number[] = [];
    const timer = setInterval(() => samples.push(rssMb(ours.pid)), 1000);
    log(`${seconds} s at concurrency ${concurrency} of the varied mix (${varied.summary.requests} operations, ${varied.summary.distinct} distinct, again and again); RSS after warm-up ${beforeMb.toFixed(1)} MB`);
    const { sampleErrors, seconds: _elapsed, ...figures } = await driveSequence(ours.url, bodies, kinds, concurrency, { seconds });
    for (const e of sampleErrors) log(`  error: ${e}`);
    clearInterval(timer);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const afterMb = rssMb(ours.pid);
    const r1 = (n: number) => Math.round(n * 10) / 10;
    const result = {
      seconds,
      concurrency,
      responseCache: loadConfig({}).responseCache,
      mix: { operations: varied.summary.requests, distinct: varied.summary.distinct },
      ...figures,
      rss: {
        beforeMb: r1(beforeMb),
        peakMb: r1(Math.max(...samples, afterMb)),
        afterMb: r1(afterMb),
        growthMb: r1(afterMb - beforeMb),
        // A leak grows steadily; a healthy heap saws up and down: compare the halves' medians.
        firstHalfMedianMb: r1(median(samples.slice(0, Math.floor(samples.length / 2)))),
        secondHalfMedianMb: r1(median(samples.slice(Math.floor(samples.length / 2)))),
        samplesMb: samples.filter((_, i) => i % 10 === 9).map(r1),
      },
      machine: machine(),
    };
    log(JSON.stringify(result));
    fs.mkdirSync(path.join(projectRoot, 'bench', 'results'), { recursive: true });
    fs.writeFileSync(path.join(projectRoot, 'bench', 'results', 'soak.json'), `${JSON.stringify(result, null, 2)}\n`);
    writeResultsMarkdown();
    if (figures.failures > 0 || figures.graphqlErrors > 0) process.exitCode = 1;
  } finally {
    for (const step of cleanup) await step().catch((e: unknown) => log(`cleanup: ${String(e)}`));
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)];
}

main().catch((error: unknown) => {
  console.error(`[soak] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
