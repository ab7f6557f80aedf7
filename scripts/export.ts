/**
 * `npm run -s export -- --format graphml|cytoscape|csv [--seed KIND:VALUE …] [--depth N]`: writes the
 * whole graph, or the subgraph around the seeds, to stdout; `--format csv --facets DIM,…` writes the
 * overview table of the `facets` query instead (usage: src/graph/exportArgs.ts). The
 * database is the one the configuration names, as for `npm run ingest` (the local engine is started
 * for the run if it is not running). Exits 2 on a bad command line, 1 on an unreachable database.
 */
import { createGraphSource } from '../loaders/graphReader';
import { GraphQLError } from 'graphql';
import { createReaders } from '../loaders/readers';
import { readServedReports } from '../loaders/servedReports';
import { facetCsv, facetTable, MAX_FACET_CELLS } from '../src/facets/facetTable';
import { quote } from '../src/graph/formats/csv';
import { ConfigError, loadConfig } from '../src/config';
import { openDatabase } from '../src/db/connect';
import { DatabaseUnavailableError } from '../src/db/errors';
import { expandGraph } from '../src/graph/expandGraph';
import { EXPORT_USAGE, parseExportArgs, UsageError } from '../src/graph/exportArgs';
import { formatGraph } from '../src/graph/formatGraph';
import { GRAPH_NODE_TYPES } from '../src/graph/model';
import { printedHelp } from './help';

async function main(argv: string[]): Promise<number> {
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  if (printedHelp(argv, EXPORT_USAGE)) return 0;
  let args;
  let config;
  try {
    args = parseExportArgs(argv);
    config = loadConfig();
  } catch (error) {
    if (error instanceof UsageError) {
      log(`export: ${error.message}\n${EXPORT_USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      log(`export: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const db = await openDatabase(config, log);
  try {
    const served = await readServedReports(db.executor);
    const { reports } = served;
    if (args.facets !== null) {
      const table = await facetTable(createReaders(db.executor), served, args.facets, { fiscalYears: args.fiscalYears }, MAX_FACET_CELLS);
      await write(facetCsv(table, quote));
      log(`export: ${table.cells.length} cells over ${table.measureCount} measures of ${table.fiscalYears.join(', ')}${table.truncated ? ` (cut at ${MAX_FACET_CELLS})` : ''}`);
      return 0;
    }
    const report = args.fiscalYear === null ? reports[0] : reports.find((r) => r.fiscalYear === args.fiscalYear);
    if (!report) {
      log(`export: ${args.fiscalYear === null ? 'no report is loaded' : `no report of fiscal year ${args.fiscalYear} is loaded`} (loaded: ${reports.map((r) => r.fiscalYear).join(', ') || 'none'})`);
      return 1;
    }
    const graph = await createGraphSource(db.executor).reading(report.version, (reader) => expandGraph(reader, { ...args, nodeTypes: GRAPH_NODE_TYPES, edgeTypes: null, withData: true, similarPerNode: null }));
    await write(formatGraph(graph, args.format, args.part));
    log(`export: ${graph.nodes.length} nodes, ${graph.edges.length} edges${graph.truncated ? ` (cut at --limit ${args.limit})` : ''}`);
    return 0;
  } catch (error) {
    if (error instanceof GraphQLError) {
      log(`export: ${error.message}`); // an argument the facets refused (e.g. a year not loaded)
      return 1;
    }
    if (error instanceof DatabaseUnavailableError) {
      log(`export: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

/** Writes to stdout and waits until it is flushed (a pipe may be slower than the process exit). */
function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`export failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
