/**
 * Records to graph. The whole report is written in ONE write transaction — clear the old report
 * graph, then batched `UNWIND … MERGE` writes — so an ingest that fails or is killed midway leaves
 * the previous graph exactly as it was, and ingesting the same report twice gives the same graph.
 */
import type { DiscoveryRecords } from '../discovery/discover';
import type { Executor, Row } from '../db/executor';
import type { ReportRecords } from './records';
import { compact } from './text';

/** Rows per UNWIND batch: large enough for few round trips, small enough for modest memory. */
const BATCH_SIZE = 500;

export interface WriteOptions {
  /** Called with a line of progress after each step. */
  readonly progress?: (line: string) => void;
  /**
   * Pause after each batch, inside the transaction (tests use it to kill an ingest midway;
   * set from INGEST_BATCH_DELAY_MS).
   */
  readonly batchDelayMs?: number;
}

/** Maps the report's status tag to the API's enum value. */
export function statusEnum(status: string | null): string {
  switch (status) {
    case '新規':
      return 'NEW';
    case '継続':
      return 'CONTINUING';
    case '新規・継続':
    case '継続・新規':
      return 'NEW_AND_CONTINUING';
    default:
      return 'UNSPECIFIED';
  }
}

/** Id of a guideline clause node, and of a ministry's plan reference. */
export const guidelineClauseId = (path: string): string => `clause/${path}`;
export const planClauseId = (ministryId: string, label: string): string => `plan/${ministryId}/${compact(label)}`;

/**
 * Replaces the graph with the report's records, atomically; with `discovery`, its themes and
 * similar-measure edges are written in the same transaction.
 */
export async function writeGraph(executor: Executor, records: ReportRecords, options: WriteOptions = {}, discovery?: DiscoveryRecords): Promise<void> {
  const progress = options.progress ?? (() => undefined);
  const params = graphParameters(records);
  await executor.writeTransaction(async (run) => {
    const batched = async (name: string, key: string, rows: readonly Row[], extra: Row = {}): Promise<void> => {
      for (let i = 0; i < rows.length; i += BATCH_SIZE) {
        await run(name, { ...extra, [key]: rows.slice(i, i + BATCH_SIZE) });
        if (options.batchDelayMs) await new Promise((resolve) => setTimeout(resolve, options.batchDelayMs));
      }
      progress(`${name.replace('write/', '')}: ${rows.length}`);
    };
    await run('write/clearReportGraph');
    await run('write/createReport', { report: params.report });
    await batched('write/upsertMinistries', 'ministries', params.ministries, { reportId: params.report.id });
    await batched('write/upsertPriorityItems', 'items', params.items);
    await batched('write/upsertMeasures', 'measures', params.measures);
    await batched('write/upsertClauses', 'clauses', params.clauses);
    await batched('write/linkClauseTree', 'edges', params.clauseEdges);
    await batched('write/linkPlanClauses', 'links', params.planLinks);
    await batched('write/linkMeasureClauses', 'links', params.measureClauseLinks);
    if (discovery) {
      const themes = discovery.themes.map((t) => ({ ...t, searchText: [t.nameJa, t.nameEn, ...t.terms].join(' ') }));
      await batched('write/upsertThemes', 'themes', themes);
      await batched('write/linkMeasureThemes', 'links', discovery.measureThemes as unknown as Row[]);
      await batched('write/linkSimilarMeasures', 'edges', discovery.similar as unknown as Row[]);
    }
  });
}

/** The parameters of every write, derived from the records (pure; exported for tests). */
export function graphParameters(records: ReportRecords) {
  const report = {
    id: records.report.fiscalYear,
    title: records.report.title,
    fiscalYear: records.report.fiscalYear,
    measuresFiscalYear: records.report.measuresFiscalYear,
    source: records.report.source,
    sha256: records.report.sha256,
  };
  const ministries = records.ministries.map((m) => ({
    id: m.ministryId,
    nameJa: m.ministry,
    nameEn: m.nameEn,
    order: m.order,
    lineStart: m.lineStart,
    lineEnd: m.lineEnd,
  }));
  const items = records.ministries.flatMap((m) =>
    m.priorityItems.map((p) => ({
      id: p.id,
      ministryId: m.ministryId,
      title: p.title,
      order: p.order,
      rawClauses: p.rawClauses,
      confidence: p.alignment.confidence,
      titleLines: p.alignment.titleLines,
    })),
  );
  const measures = records.ministries.flatMap((m) =>
    m.priorityItems.flatMap((p) =>
      p.measures.map((x) => ({
        id: x.id,
        itemId: p.id,
        ministryId: m.ministryId,
        text: x.text,
        head: x.head,
        status: statusEnum(x.status),
        statusJa: x.status,
        order: x.order,
        lineStart: x.lineStart,
        lineEnd: x.lineEnd,
        textCompact: compact(x.text),
      })),
    ),
  );
  const guideline = records.guideline.map((c) => ({
    id: guidelineClauseId(c.path),
    path: c.path,
    title: c.title,
    titleVariants: c.variants,
    level: c.level,
    kind: 'GUIDELINE',
    ministryId: null,
  }));
  const planByKey = new Map<string, { id: string; path: string; title: string; titleVariants: string[]; level: number; kind: string; ministryId: string }>();
  for (const m of records.ministries) {
    for (const p of m.priorityItems) {
      for (const label of p.planRefs) {
        const id = planClauseId(m.ministryId, label);
        if (!planByKey.has(id)) planByKey.set(id, { id, path: label, title: label, titleVariants: [], level: 0, kind: 'PLAN', ministryId: m.ministryId });
      }
    }
  }
  const clauses = [...guideline, ...planByKey.values()];
  const clauseEdges = records.guideline
    .filter((c) => c.parentPath !== null)
    .map((c) => ({ parentId: guidelineClauseId(c.parentPath as string), childId: guidelineClauseId(c.path) }));
  const planLinks = [...planByKey.values()].map((c) => ({ ministryId: c.ministryId, clauseId: c.id }));
  const measureClauseLinks = records.ministries.flatMap((m) =>
    m.priorityItems.flatMap((p) =>
      p.measures.flatMap((x) => [
        ...x.clauseRefs.map((path) => ({ measureId: x.id, clauseId: guidelineClauseId(path) })),
        ...x.planRefs.map((label) => ({ measureId: x.id, clauseId: planClauseId(m.ministryId, label) })),
      ]),
    ),
  );
  return { report, ministries, items, measures, clauses, clauseEdges, planLinks, measureClauseLinks };
}
