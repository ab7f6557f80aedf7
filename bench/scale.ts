/**
 * `npm run bench:scale [-- --copies 100 --seconds 20]`: ingest time and the mix's latency on the
 * bundled report (1×) and on a synthetic report `copies` times its size (scripts/synthesize.ts:
 * every ministry's section repeated with a suffixed name and lightly varied text, parsed like the
 * real one). Each size: the graph emptied, then loaded by ingestReport (timed: parse, discovery,
 * migrations and the one write transaction), our API started on it (src/main.ts), the mix at concurrency 16, then
 * each case alone. Uses its own Neo4j (port 7812, .neo4j-scale/, heap 4g) or --uri. Writes
 * bench/results/scale.json and regenerates bench/RESULTS.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSchema } from 'graphql';
import { projectRoot } from '../src/config';
import { CypherRegistry } from '../src/db/cypherRegistry';
import { createDriver } from '../src/db/driver';
import { Executor } from '../src/db/executor';
import { ingestReport } from '../src/ingest/ingestReport';
import { loadTypeDefs } from '../src/server/schema';
import { post } from './gql';
import { drive } from './load';
import { machineStart } from './machine';
import { runnableCases } from './mix';
import { startBenchNeo4j, startOurs, buildOurs } from './processes';
import { writeResultsMarkdown } from './report';

const log = (line: string) => console.log(`[scale] ${line}`);
const REPORT = path.join(projectRoot, 'data', 'wlb-followup-r6.txt');
const SYNTHESIZER = path.join(projectRoot, 'scripts', 'synthesize.ts');

type Synthesize = (text: string, options: { copies: number; seed?: number }) => string;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { copies: { type: 'string', default: '100' }, seconds: { type: 'string', default: '20' }, uri: { type: 'string' } },
  });
  const copies = Number(values.copies);
  const seconds = Number(values.seconds);
  if (!fs.existsSync(SYNTHESIZER)) throw new Error(`${SYNTHESIZER} (the synthetic report generator) is missing`);
  // Loaded at run time: the generator is a script of its own, not part of the API.
  const { synthesizeReport } = require(SYNTHESIZER) as { synthesizeReport: Synthesize };
  const machine = machineStart(values.uri ? 'unknown' : '4g');
  buildOurs(log);
  const cleanup: (() => Promise<void>)[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-scale-'));
  cleanup.push(async () => fs.rmSync(tmp, { recursive: true, force: true }));
  try {
    // Its own engine (port 7812, .neo4j-scale/): the 100× ingest is one transaction of ~300 000
    // writes, past what a 1 GB heap allows a transaction (70%); 4 GB holds it.
    const neo4j = values.uri
      ? { uri: values.uri, stop: async () => undefined }
      : await startBenchNeo4j(log, { dataDir: path.join(projectRoot, '.neo4j-scale'), boltPort: 7812, heap: '4g' });
    cleanup.unshift(() => neo4j.stop());
    const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: 'password' });
    cleanup.unshift(() => driver.close());
    // A 100× report is one large write transaction: give it time.
    const executor = new Executor(driver, new CypherRegistry(), { database: 'neo4j', readTimeoutMs: 60_000, writeTimeoutMs: 3_600_000 });
    const { cases } = runnableCases(new Set(Object.keys(buildSchema(loadTypeDefs().join('\n')).getQueryType()!.getFields())));
    const text = fs.readFileSync(REPORT, 'utf8');

    const runs = [];
    const perQuery: Record<string, number[]> = {};
    for (const n of [1, copies]) {
      const file = path.join(tmp, `report-x${n}.txt`);
      fs.writeFileSync(file, n === 1 ? text : synthesizeReport(text, { copies: n, seed: 1 }));
      // Start each size from an empty graph, so its ingest time does not include deleting the last one.
      await executor.runSchema('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
      log(`${n}×: ingesting ${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MB into an empty graph…`);
      const summary = await ingestReport(executor, file, { progress: (line) => log(`  ${line}`) });
      const nodes = Object.values(summary.counts.nodes).reduce((a, b) => a + b, 0);
      log(`${n}×: ingested in ${summary.elapsedMs} ms (${nodes} nodes, ${summary.counts.nodes.Measure} measures)`);
      await executor.runSchema('CALL db.awaitIndexes(600)'); // the full-text index fills after the commit
      const ours = await startOurs(neo4j.uri, 4204);
      try {
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
        runs.push({ label: `${n}×`, copies: n, measures: summary.counts.nodes.Measure, nodes, ingestMs: summary.elapsedMs, discoveryMs: summary.timings.discoveryMs, similarityMs: summary.timings.similarityMs, mix });
      } finally {
        await ours.stop();
      }
    }
    const result = {
      how: `The same mix as \`npm run bench\` at concurrency 16 for ${seconds} s on each graph (p99 of each case alone below). Ingest = ingestReport end to end into an empty graph (parse, discovery — themes and similarity —, migrations, one write transaction). ${copies}× = scripts/synthesize.ts --copies ${copies} (seed 1).`,
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
