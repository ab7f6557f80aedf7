/**
 * `npm run bench:discovery [-- --scales 1,100]`: how discovery scales. For each scale (1× is the
 * bundled report, N× the report synthesised by scripts/synthesize.ts):
 * 1. ingest into a Neo4j of its own (started here on port 7823, data in the temp folder, stopped at
 *    the end), after one warm-up ingest: parse, discovery (terms, themes, similarity), the
 *    one-transaction write (replacing the previous graph);
 * 2. what comparing every pair would cost instead, estimated from all pairs of a 300-measure sample;
 * 3. two reads on the loaded graph: search("多面観察") and one measure's similar measures.
 * Writes bench/results/discovery.json and regenerates bench/RESULTS.md.
 */
import { uidOf, yearScopedId } from '../src/model/ids';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createLoaders } from '../loaders';
import { createDiscoveryReader } from '../loaders/discoveryReader';
import { synthesizeReport } from '../scripts/synthesize';
import { projectRoot } from '../src/config';
import { CypherRegistry } from '../src/db/cypherRegistry';
import { createDriver } from '../src/db/driver';
import { Executor } from '../src/db/executor';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/db/localNeo4j';
import { dot, weightCollection } from '../src/discovery/termVectors';
import { loadTokenizer } from '../src/discovery/tokenizer';
import { ingestReport } from '../src/ingest/ingestReport';
import { machineStart } from './machine';
import { writeResultsMarkdown } from './report';

const REPORT = path.join(projectRoot, 'data', 'wlb-followup-r6.txt');
const RESULTS = path.join(projectRoot, 'bench', 'results', 'discovery.json');
const BOLT_PORT = 7823;
const DATA_DIR = path.join(os.tmpdir(), 'wlb-bench-discovery');
const SAMPLE = 300;
const log = (line: string) => console.log(`[bench:discovery] ${line}`);

export interface ScaleFigures {
  readonly scale: number;
  readonly ministries: number;
  readonly measures: number;
  readonly themeLinks: number;
  readonly similarEdges: number;
  readonly ingestMs: number;
  readonly parseMs: number;
  readonly discoveryMs: number;
  readonly similarityMs: number;
  readonly writeMs: number;
  /** All pairs compared exhaustively, estimated from the pairs of a sample. */
  readonly exhaustivePairs: number;
  readonly exhaustiveEstimateMs: number;
  readonly searchMs: number;
  readonly similarMeasuresMs: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scales: { type: 'string', default: '1,100' } } });
  const scales = values.scales.split(',').map(Number);
  if (scales.some((s) => !Number.isInteger(s) || s < 1 || s > 1000)) throw new TypeError(`--scales must be whole numbers from 1 to 1000; got ${values.scales}`);
  const machine = machineStart();
  const text = fs.readFileSync(REPORT, 'utf8');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-discovery-'));

  await stopLocalNeo4j({ dataDir: DATA_DIR }); // a run killed midway may have left one
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const started = await startLocalNeo4j({ boltPort: BOLT_PORT, dataDir: DATA_DIR, heap: '2g', pageCache: '512m', log: (l) => log(`[neo4j] ${l}`) });
  const driver = createDriver({ uri: started.boltUri, user: 'neo4j', password: 'password' });
  const figures: ScaleFigures[] = [];
  try {
    const executor = new Executor(driver, new CypherRegistry(), { database: 'neo4j', readTimeoutMs: 60_000, writeTimeoutMs: 1_800_000 });
    // Warm-up, not recorded: migrations, the dictionary load, Neo4j's first compile of each query.
    log('warm-up ingest of the bundled report…');
    await ingestReport(executor, REPORT);
    for (const scale of scales) {
      const file = scale === 1 ? REPORT : path.join(tmp, `report-${scale}x.txt`);
      if (scale !== 1) fs.writeFileSync(file, synthesizeReport(text, { copies: scale }));
      log(`${scale}×: ingesting ${path.basename(file)}…`);
      const summary = await ingestReport(executor, file);
      const exhaustive = await exhaustiveEstimate(file, summary.counts.nodes.Measure ?? 0);
      const reader = createDiscoveryReader(executor);
      const searchMs = await median(() => reader.search(summary.version, '多面観察', 10, ['MEASURE']));
      const similarMeasuresMs = await median(() => createLoaders(executor).similarOfMeasure.load(uidOf(summary.version, yearScopedId(summary.fiscalYear, 'cabinet-office/p4/m2'))));
      const f: ScaleFigures = {
        scale,
        ministries: summary.ministries,
        measures: summary.counts.nodes.Measure ?? 0,
        themeLinks: summary.counts.edges.HAS_THEME ?? 0,
        similarEdges: summary.counts.edges.SIMILAR_TO ?? 0,
        ingestMs: summary.elapsedMs,
        ...summary.timings,
        exhaustivePairs: exhaustive.pairs,
        exhaustiveEstimateMs: exhaustive.ms,
        searchMs,
        similarMeasuresMs,
      };
      log(JSON.stringify(f));
      figures.push(f);
    }
  } finally {
    await driver.close();
    await stopLocalNeo4j({ dataDir: DATA_DIR, log: (l) => log(`[neo4j] ${l}`) });
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify({ machine: { ...machine(), neo4j: '5.26 Community, embedded (neo4j-local), heap 2g, page cache 512m, same machine' }, scales: figures }, null, 2)}\n`);
  writeResultsMarkdown();
  log(`wrote ${path.relative(projectRoot, RESULTS)} and bench/RESULTS.md`);
}

/**
 * What comparing every pair of `measures` would take: the cosines of all pairs of a sample of
 * SAMPLE measures of the report, timed, scaled to measures·(measures−1)/2 pairs.
 */
async function exhaustiveEstimate(file: string, measures: number): Promise<{ pairs: number; ms: number }> {
  const texts = measureTexts(fs.readFileSync(file, 'utf8'));
  const step = Math.max(1, Math.floor(texts.length / SAMPLE));
  const sample = texts.filter((_, i) => i % step === 0).slice(0, SAMPLE);
  const tokenizer = await loadTokenizer();
  const { vectors } = weightCollection(sample.map((t) => tokenizer.terms(t)), 2);
  const t0 = performance.now();
  let sink = 0;
  for (let i = 0; i < vectors.length; i++) for (let j = i + 1; j < vectors.length; j++) sink += dot(vectors[i], vectors[j]);
  const perPair = (performance.now() - t0) / ((vectors.length * (vectors.length - 1)) / 2);
  if (Number.isNaN(sink)) throw new Error('unreachable');
  const pairs = (measures * (measures - 1)) / 2;
  return { pairs, ms: Math.round(pairs * perPair) };
}

/** The measure texts of a report (the A cells), enough for timing cosines. */
function measureTexts(report: string): string[] {
  return report.split(/\n\s*\n/u).filter((block) => /^【[^】]{1,10}】/u.test(block.trim()));
}

async function median(run: () => Promise<unknown>, times = 5): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  return Math.round(ms.sort((a, b) => a - b)[Math.floor(times / 2)] * 10) / 10;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
