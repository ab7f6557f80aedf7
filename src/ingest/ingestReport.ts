/**
 * Ingest, end to end: report file → records (pure parse) → schema migrations → one atomic write →
 * a summary of what the graph now holds and what needs a human look.
 */
import path from 'node:path';
import type { Executor } from '../db/executor';
import { discover, type UnthemedMeasure } from '../discovery/discover';
import { loadAlignmentKnowledge } from './alignment/knowledge';
import { migrate } from './migrate';
import { loadMinistryDirectory } from './ministryDirectory';
import { parseReport } from './parseReport';
import { readReportFile } from './readReport';
import type { ReportRecords, ReviewNote } from './records';
import { writeGraph, type WriteOptions } from './writeGraph';

export interface GraphCounts {
  readonly nodes: Record<string, number>;
  readonly edges: Record<string, number>;
}

export interface IngestSummary {
  readonly report: ReportRecords['report'];
  readonly ministries: number;
  readonly counts: GraphCounts;
  readonly review: readonly ReviewNote[];
  readonly migrationsApplied: readonly string[];
  /** Measures whose text names no practice of the theme taxonomy (data/themes.json). */
  readonly unthemed: readonly UnthemedMeasure[];
  readonly elapsedMs: number;
  /** Where the time went: parse, discovery (themes, terms, similarity), write. */
  readonly timings: { readonly parseMs: number; readonly discoveryMs: number; readonly similarityMs: number; readonly writeMs: number };
}

/** Parses `file` and replaces the graph with it. Throws `ReportFormatError` before touching the graph. */
export async function ingestReport(executor: Executor, file: string, options: WriteOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const progress = options.progress ?? (() => undefined);
  // The analyser and the taxonomy are loaded once and serve both alignment and discovery.
  const knowledge = await loadAlignmentKnowledge();
  const records = parseReport(readReportFile(file), { directory: loadMinistryDirectory(), source: path.basename(file), knowledge });
  const parsed = Date.now();
  progress(`parsed ${records.ministries.length} ministries from ${file}`);
  const discovery = discover(records, knowledge.analyser, knowledge.taxonomy);
  const discovered = Date.now();
  progress(`discovery: ${discovery.measureThemes.length} theme links, ${discovery.similar.length} similar-measure edges`);
  const migrations = await migrate(executor);
  if (migrations.applied.length > 0) progress(`applied migrations: ${migrations.applied.join(', ')}`);
  const writing = Date.now();
  await writeGraph(executor, records, options, discovery);
  const written = Date.now();
  return {
    report: records.report,
    ministries: records.ministries.length,
    counts: await graphCounts(executor),
    review: records.review,
    migrationsApplied: migrations.applied,
    unthemed: discovery.unthemed,
    elapsedMs: Date.now() - started,
    timings: { parseMs: parsed - started, discoveryMs: discovered - parsed, similarityMs: discovery.timings.similarityMs, writeMs: written - writing },
  };
}

/** Nodes and edges by type, as the database counts them. */
export async function graphCounts(executor: Executor): Promise<GraphCounts> {
  const nodes: Record<string, number> = {};
  const edges: Record<string, number> = {};
  for (const row of await executor.read('read/graphCounts')) {
    (row.kind === 'node' ? nodes : edges)[String(row.type)] = Number(row.count);
  }
  return { nodes, edges };
}

/** The summary as lines for a terminal. */
export function formatSummary(summary: IngestSummary): string {
  const table = (counts: Record<string, number>): string =>
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, n]) => `  ${type.padEnd(16)} ${String(n).padStart(6)}`)
      .join('\n');
  const review = summary.review.map((n) => `  ${n.ministryId} line ${n.line}: ${n.reason}`).join('\n');
  return [
    `Loaded ${summary.report.title} (${summary.report.fiscalYear}; measures of ${summary.report.measuresFiscalYear}) from ${summary.report.source}`,
    `in ${summary.elapsedMs} ms: ${summary.ministries} ministries.`,
    'Nodes:',
    table(summary.counts.nodes),
    'Edges:',
    table(summary.counts.edges),
    `Needs a human look (${summary.review.length}):`,
    review || '  nothing',
    `Measures without a theme (${summary.unthemed.length}; see data/themes.json):`,
    summary.unthemed.map((u) => `  ${u.measureId} line ${u.line}: ${u.head}…`).join('\n') || '  none',
  ].join('\n');
}
