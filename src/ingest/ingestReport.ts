/**
 * Ingest, end to end: report file → records (pure parse) → discovery (themes, similarity) → schema
 * migrations → the report's fiscal year written as a new version in bounded batches → one small
 * transaction switches the year to it → the replaced version removed after a grace period
 * (src/ingest/versions.ts). Other fiscal years are left as they are.
 */
import type { Executor } from '../db/executor';
import { discover, type UnthemedMeasure } from '../discovery/discover';
import { fiscalYearOf, japaneseFiscalYear, newVersion } from '../model/ids';
import { graphRows } from './graphRows';
import { migrate } from './migrate';
import { readServedReports } from '../../loaders/servedReports';
import { extractReport } from './extractReport';
import { lineageWrites, lineageYearOfRecords } from './lineageRows';
import type { ReportRecords, ReviewNote } from './records';
import { removeAbandonedVersions, retireVersion, stageVersion, switchVersion, type StageOptions } from './versions';

export interface GraphCounts {
  readonly nodes: Record<string, number>;
  readonly edges: Record<string, number>;
}

export interface IngestOptions extends StageOptions {
  /** Wait after the switch before deleting the replaced version (default 0; the CLI and server pass the configured grace). */
  readonly retireGraceMs?: number;
  /** Where the report's review file is (its decisions are applied); null or absent: none. */
  readonly reviewsDir?: string | null;
}

export interface IngestSummary {
  readonly report: ReportRecords['report'];
  /** The Gregorian fiscal year loaded (2024 for 令和6年度) and the version now served for it. */
  readonly fiscalYear: number;
  readonly version: string;
  /** The version of that year it replaced (null: the year was not loaded before). */
  readonly replacedVersion: string | null;
  /** Versions left by ingests that died, removed first. */
  readonly abandonedVersionsRemoved: readonly string[];
  readonly ministries: number;
  /** What the graph holds for this fiscal year now. */
  readonly counts: GraphCounts;
  readonly review: readonly ReviewNote[];
  /** Alignments a person decided (the report's review file), applied. */
  readonly reviewsApplied: number;
  readonly migrationsApplied: readonly string[];
  /** Measures whose text names no practice of the theme taxonomy (data/themes.json). */
  readonly unthemed: readonly UnthemedMeasure[];
  readonly elapsedMs: number;
  /** Where the time went: parse, discovery (themes, terms, similarity), staging writes, switch, removal. */
  readonly timings: {
    readonly parseMs: number;
    readonly discoveryMs: number;
    readonly similarityMs: number;
    /** Matching with the neighbouring loaded years (0 when none is loaded). */
    readonly lineageMs: number;
    readonly writeMs: number;
    readonly switchMs: number;
    readonly retireMs: number;
  };
}

/**
 * Parses `file` and makes it the report of its fiscal year. Throws `ReportFormatError` before
 * touching the graph; a failure before the switch leaves the graph served as it was.
 */
export async function ingestReport(executor: Executor, file: string, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const progress = options.progress ?? (() => undefined);
  // The analyser and the taxonomy are loaded once and serve both alignment and discovery.
  const { records, knowledge, reviewFile, reviews } = await extractReport(file, { reviewsDir: options.reviewsDir ?? null });
  const parsed = Date.now();
  const fiscalYear = fiscalYearOf(records.report.fiscalYear);
  progress(`parsed ${records.ministries.length} ministries of ${records.report.fiscalYear} (fiscal year ${fiscalYear}) from ${file}`);
  if (reviews && reviews.decisions.length > 0) progress(`applied ${reviews.decisions.length} reviewed alignment(s) from ${reviewFile}`);
  const discovery = discover(records, knowledge.analyser, knowledge.taxonomy);
  const discovered = Date.now();
  progress(`discovery: ${discovery.measureThemes.length} theme links, ${discovery.similar.length} similar-measure edges`);

  const migrations = await migrate(executor);
  if (migrations.applied.length > 0) progress(`applied migrations: ${migrations.applied.join(', ')}`);
  const grace = options.retireGraceMs ?? 0;
  const abandoned = await removeAbandonedVersions(executor, { graceMs: grace, batchSize: options.batchSize });
  if (abandoned.length > 0) progress(`removed versions left by ingests that stopped: ${abandoned.join(', ')}`);

  const version = newVersion(fiscalYear);
  // Lineage with the loaded years just before and just after this one (other years are not touched).
  const { reports: served } = await readServedReports(executor);
  const earlier = served.filter((r) => r.fiscalYear < fiscalYear).sort((a, b) => b.fiscalYear - a.fiscalYear)[0] ?? null;
  const later = served.filter((r) => r.fiscalYear > fiscalYear).sort((a, b) => a.fiscalYear - b.fiscalYear)[0] ?? null;
  const lineageStarted = Date.now();
  const lineage = await lineageWrites(
    executor,
    { tokenizer: knowledge.analyser, taxonomy: knowledge.taxonomy },
    { year: lineageYearOfRecords(records, fiscalYear), version, records },
    { earlier, later },
  );
  if (earlier || later) progress(`lineage with ${[earlier, later].filter((r) => r !== null).map((r) => r!.fiscalYear).join(' and ')}: ${lineage.links} continuation links, ${lineage.review.length} to review`);
  const writing = Date.now();
  await stageVersion(executor, { fiscalYear, version }, graphRows(records, { fiscalYear, version }, discovery), lineage.extra, options);
  const switching = Date.now();
  const replaced = await switchVersion(executor, {
    id: `report/${fiscalYear}`,
    fiscalYear,
    fiscalYearJa: japaneseFiscalYear(fiscalYear),
    measuresFiscalYear: fiscalYear - 1,
    measuresFiscalYearJa: japaneseFiscalYear(fiscalYear - 1),
    title: records.report.title,
    source: records.report.source,
    sha256: records.report.sha256,
    version,
  });
  const switched = Date.now();
  progress(`serving ${version} for ${fiscalYear}${replaced ? `; removing ${replaced} in ${grace} ms` : ''}`);
  if (replaced) await retireVersion(executor, replaced, grace, options.batchSize);
  const retired = Date.now();
  return {
    report: records.report,
    fiscalYear,
    version,
    replacedVersion: replaced,
    abandonedVersionsRemoved: abandoned,
    ministries: records.ministries.length,
    counts: await graphCounts(executor, [version]),
    review: [...records.review, ...lineage.review],
    reviewsApplied: reviews?.decisions.length ?? 0,
    migrationsApplied: migrations.applied,
    unthemed: discovery.unthemed,
    elapsedMs: Date.now() - started,
    timings: {
      parseMs: parsed - started,
      discoveryMs: discovered - parsed,
      similarityMs: discovery.timings.similarityMs,
      lineageMs: writing - lineageStarted,
      writeMs: switching - writing,
      switchMs: switched - switching,
      retireMs: retired - switched,
    },
  };
}

/** Nodes and edges by type in the given versions, as the database counts them. */
export async function graphCounts(executor: Executor, versions: readonly string[]): Promise<GraphCounts> {
  const nodes: Record<string, number> = {};
  const edges: Record<string, number> = {};
  for (const row of await executor.read('read/graphCounts', { versions })) {
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
    `Loaded ${summary.report.title} (${summary.report.fiscalYear} = fiscal year ${summary.fiscalYear}; measures of ${summary.report.measuresFiscalYear}) from ${summary.report.source}`,
    `in ${summary.elapsedMs} ms: ${summary.ministries} ministries, version ${summary.version}${summary.replacedVersion ? ` (replaced ${summary.replacedVersion})` : ' (the year was not loaded before)'}.`,
    `Fiscal year ${summary.fiscalYear} now holds — nodes:`,
    table(summary.counts.nodes),
    'Edges:',
    table(summary.counts.edges),
    `Alignments decided by a person: ${summary.reviewsApplied}.`,
    `Needs a human look (${summary.review.length}; doubtful alignments: npm run review):`,
    review || '  nothing',
    `Measures without a theme (${summary.unthemed.length}; see data/themes.json):`,
    summary.unthemed.map((u) => `  ${u.measureId} line ${u.line}: ${u.head}…`).join('\n') || '  none',
  ].join('\n');
}
