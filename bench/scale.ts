/**
 * `npm run bench:scale [-- --copies 100 --seconds 20 --requests 3000]`: ingest time and latency on
 * the bundled report (1×) and on a synthetic report `copies` times its size (scripts/synthesize.ts:
 * every ministry's section repeated with a suffixed name and lightly varied text, parsed like the
 * real one). Each size: the graph emptied, then loaded by ingestReport (timed: parse, discovery,
 * migrations, the staged writes in batches, the switch), our API started on it (the compiled
 * server as npm start runs it, RESPONSE_CACHE=off: what the data's size costs, not what a cache
 * saves), the varied mix (bench/varied/, at most 300 questions of each kind drawn from that graph,
 * the first --requests of its sequence) at concurrency 16, the six-query mix at concurrency 16, then
 * each of its cases alone. Uses its own Neo4j (port 7812, .neo4j-scale/) with npm start's engine
 * settings (heap 1g, page cache 256m: the staged ingest needs no more) or --uri. Writes
 * bench/results/scale.json and regenerates bench/RESULTS.md.
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
import { post } from './gql';
import { drive, driveSequence } from './load';
import { machineStart } from './machine';
import { runnableCases } from './mix';
import { startBenchNeo4j, startOurs, buildOurs } from './processes';
import { prepareVariedMix } from './varied';
import { writeResultsMarkdown } from './report';

const log = (line: string) => console.log(`[scale] ${line}`);
const REPORT = path.join(projectRoot, 'data', 'wlb-followup-r6.txt');
const SYNTHESIZER = path.join(projectRoot, 'scripts', 'synthesize.ts');

type Synthesize = (text: string, options: { copies: number; seed?: number }) => string;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { copies: { type: 'string', default: '100' }, seconds: { type: 'string', default: '20' }, requests: { type: 'string', default: '3000' }, uri: { type: 'string' } },
  });
  const copies = Number(values.copies);
  const seconds = Number(values.seconds);
  const requests = Number(values.requests);
  // npm start's engine: the 100× ingest has to fit in it.
  const engine = loadConfig({});
  if (!fs.existsSync(SYNTHESIZER)) throw new Error(`${SYNTHESIZER} (the synthetic report generator) is missing`);
  // Loaded at run time: the generator is a script of its own, not part of the API.
  const { synthesizeReport } = require(SYNTHESIZER) as { synthesizeReport: Synthesize };
  const machine = machineStart(values.uri ? 'unknown' : engine.neo4jHeap, values.uri ? 'unknown' : engine.neo4jPageCache);
  buildOurs(log);
  const cleanup: (() => Promise<void>)[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-scale-'));
  cleanup.push(async () => fs.rmSync(tmp, { recursive: true, force: true }));
  try {
    // Its own engine (port 7812, .neo4j-scale/) with npm start's heap and page cache: the ingest
    // writes a version in batches of bounded size, so the 100× report fits the default heap.
    const neo4j = values.uri
      ? { uri: values.uri, stop: async () => undefined }
      : await startBenchNeo4j(log, { dataDir: path.join(projectRoot, '.neo4j-scale'), boltPort: 7812, heap: engine.neo4jHeap, pageCache: engine.neo4jPageCache });
    cleanup.unshift(() => neo4j.stop());
    const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: 'password' });
    cleanup.unshift(() => driver.close());
    // Batches of a 100× report are large: give them time.
    const executor = new Executor(driver, new CypherRegistry(), { database: 'neo4j', readTimeoutMs: 60_000, writeTimeoutMs: 3_600_000 });
    const { cases } = runnableCases(new Set(Object.keys(buildSchema(loadTypeDefs().join('\n')).getQueryType()!.getFields())));
    const text = fs.readFileSync(REPORT, 'utf8');

    const runs = [];
    const perQuery: Record<string, number[]> = {};
    for (const n of [1, copies]) {
      const file = path.join(tmp, `report-x${n}.txt`);
      fs.writeFileSync(file, n === 1 ? text : synthesizeReport(text, { copies: n, seed: 1 }));
      // Start each size from an empty graph, so its ingest time does not include deleting the last
      // one. The migrations' record stays: the schema stays too, and running migration 001 again
      // over version 4's indexes fails (a constraint cannot replace the index on Ministry.id).
      await executor.runSchema('MATCH (n) WHERE NOT n:Migration CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
      log(`${n}×: ingesting ${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MB into an empty graph…`);
      const summary = await ingestReport(executor, file, { batchSize: engine.ingestBatchSize, progress: (line) => log(`  ${line}`) });
      const nodes = Object.values(summary.counts.nodes).reduce((a, b) => a + b, 0);
      log(`${n}×: ingested in ${summary.elapsedMs} ms (${nodes} nodes, ${summary.counts.nodes.Measure} measures)`);
      await executor.runSchema('CALL db.awaitIndexes(600)'); // the full-text index fills after the commit
      const ours = await startOurs(neo4j.uri, 4204, { RESPONSE_CACHE: 'off' }, tmp);
      try {
        const varied = await prepareVariedMix({ ours: ours.url }, { seed: 1, maxPerKind: 300 });
        if (varied.errors.length > 0) throw new Error(`${n}×: the varied mix answered errors: ${varied.errors.slice(0, 5).join('; ')}`);
        const count = Math.min(requests, varied.sequence.length);
        await driveSequence(ours.url, varied.bodies('ours', 'warm-up'), varied.kinds(), 16, { seconds: 5 });
        const { sampleErrors, ...variedMix } = await driveSequence(ours.url, varied.bodies('ours', 'scale', count), varied.kinds(count), 16);
        log(`${n}×: varied mix @16 (${count} of ${varied.summary.requests}, ${varied.summary.distinct} distinct) ${variedMix.rps} req/s, p50 ${variedMix.p50Ms} ms, p99 ${variedMix.p99Ms} ms, ${variedMix.failures} failed, ${variedMix.graphqlErrors} GraphQL errors`);
        for (const e of sampleErrors) log(`  error: ${e}`);
        const runnable = [];
        for (const c of cases) {
          const answer = await post(ours.url, c.ours);
          if (answer.errors) log(`${n}×: left out ${c.name} (errors: ${JSON.stringify(answer.errors).slice(0, 200)})`);
          else runnable.push(c);
        }
        await drive(ours.url, runnable.map((c) => c.ours), 16, 5); // warm-up
        const mix = await drive(ours.url, runnable.map((c) => c.ours), 16, seconds);
        log(`${n}×: mix @16 ${mix.rps} req/s, p50 ${mix.p50Ms} ms, p99 ${mix.p99Ms} ms, ${mix.failures} failed`);
        for (const c of runnable) {
          const alone = await drive(ours.url, [c.ours], 16, seconds / 2);
          (perQuery[c.name] ??= []).push(alone.p99Ms);
        }
        runs.push({
          label: `${n}×`,
          copies: n,
          measures: summary.counts.nodes.Measure,
          nodes,
          ingestMs: summary.elapsedMs,
          timings: summary.timings,
          discoveryMs: summary.timings.discoveryMs,
          similarityMs: summary.timings.similarityMs,
          varied: { ...variedMix, distinct: varied.summary.distinct },
          mix,
        });
      } finally {
        await ours.stop();
      }
    }
    const result = {
      how: `Our server as npm start runs it with RESPONSE_CACHE=off, on npm start's engine (heap ${engine.neo4jHeap}, page cache ${engine.neo4jPageCache}). The varied mix: at most 300 questions of each kind drawn (seed 1) from each graph, the first ${requests} operations of its sequence at concurrency 16 after 5 s of warm-up; the six-query mix of \`npm run bench\` at concurrency 16 for ${seconds} s (p99 of each case alone below). Ingest = ingestReport end to end into an empty graph with its schema (parse, discovery — themes and similarity —, the staged writes in batches of ${engine.ingestBatchSize} rows, the switch). ${copies}× = scripts/synthesize.ts --copies ${copies} (seed 1).`,
      runs,
      perQuery,
      machine: machine(),
    };
    fs.mkdirSync(path.join(projectRoot, 'bench', 'results'), { recursive: true });
    fs.writeFileSync(path.join(projectRoot, 'bench', 'results', 'scale.json'), `${JSON.stringify(result, null, 2)}\n`);
    writeResultsMarkdown();
    log('wrote bench/results/scale.json and bench/RESULTS.md');
  } finally {
    for (const step of cleanup) await step().catch((e: unknown) => log(`cleanup: ${String(e)}`));
  }
}

main().catch((error: unknown) => {
  console.error(`[scale] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
