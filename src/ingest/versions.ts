/**
 * Writing a fiscal year's report as a new version beside the one being served, then switching.
 *
 * 1. `removeAbandonedVersions`: versions left by ingests that died (staged but never switched, or
 *    retired but never removed) are deleted first.
 * 2. `stageVersion`: the new version's nodes and relationships are written in batches of bounded
 *    size, each batch its own transaction, so memory does not grow with the report (100× fits the
 *    engine's default heap). Readers do not see them: every read names the version it serves.
 * 3. `switchVersion`: ONE small transaction points the year's (:Report) at the new version. Until
 *    then the old version is served; a process killed before it leaves the old graph as it was.
 * 4. `retireVersion`: after a grace period (requests that started on the old version finish), the
 *    old version is deleted in batches.
 * Other fiscal years are never touched.
 */
import type { Executor, Row } from '../db/executor';
import type { GraphRows, LinkRow } from './graphRows';

export interface StageOptions {
  /** Rows per batch (one transaction each). */
  readonly batchSize?: number;
  /** Pause after each batch (tests use it to kill an ingest midway; INGEST_BATCH_DELAY_MS). */
  readonly batchDelayMs?: number;
  readonly progress?: (line: string) => void;
}

export interface ReportVersionRecord {
  readonly id: string;
  readonly fiscalYear: number;
  readonly fiscalYearJa: string;
  readonly measuresFiscalYear: number;
  readonly measuresFiscalYearJa: string;
  readonly title: string;
  readonly source: string;
  readonly sha256: string;
  readonly version: string;
}

export const DEFAULT_BATCH_SIZE = 1000;
/** A staging mark not refreshed for this long belongs to an ingest that died. */
export const STALE_STAGING_MS = 120_000;

/** Extra relationship batches written with the version (e.g. lineage), by query name. */
export type ExtraLinks = readonly { readonly query: string; readonly rows: readonly LinkRow[] }[];

/** Writes `rows` as version `version` of `fiscalYear`, batch by batch; nothing is served yet. */
export async function stageVersion(executor: Executor, target: { fiscalYear: number; version: string }, rows: GraphRows, extra: ExtraLinks = [], options: StageOptions = {}): Promise<void> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const progress = options.progress ?? (() => undefined);
  const mark = { version: target.version, fiscalYear: target.fiscalYear, state: 'staging' };
  await executor.writeTransaction((run) => run('write/markVersion', mark));
  const write = async (query: string, all: readonly unknown[]): Promise<void> => {
    for (let i = 0; i < all.length; i += size) {
      await executor.writeTransaction(async (run) => {
        await run(query, { rows: all.slice(i, i + size) as Row[] });
        await run('write/markVersion', mark); // still alive
      });
      if (options.batchDelayMs) await new Promise((resolve) => setTimeout(resolve, options.batchDelayMs));
    }
    progress(`${query.replace('write/', '')}: ${all.length}`);
  };
  // Nodes before the relationships that match them; parents before children.
  await write('write/stageMinistries', rows.ministries);
  await write('write/stagePriorityItems', rows.items);
  await write('write/stageMeasures', rows.measures);
  await write('write/stageClauses', rows.clauses);
  await write('write/stageThemes', rows.themes);
  await write('write/linkClauseTree', rows.clauseTree);
  await write('write/linkPlanClauses', rows.planClauses);
  await write('write/linkMeasureClauses', rows.measureClauses);
  await write('write/linkMeasureThemes', rows.measureThemes);
  await write('write/linkSimilarMeasures', rows.similar);
  for (const links of extra) await write(links.query, links.rows);
}

/** Makes the staged version current in one transaction; returns the version it replaced, if any. */
export async function switchVersion(executor: Executor, report: ReportVersionRecord): Promise<string | null> {
  const rows = await executor.writeTransaction((run) => run('write/switchReport', { report: { ...report } }));
  return (rows[0]?.replaced as string | null | undefined) ?? null;
}

/** Deletes a version that is no longer served, in batches, then its mark. Returns the nodes deleted. */
export async function removeVersion(executor: Executor, version: string, batchSize = DEFAULT_BATCH_SIZE): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await executor.writeTransaction((run) => run('write/deleteVersionBatch', { version, limit: batchSize }));
    const deleted = Number(rows[0]?.deleted ?? 0);
    total += deleted;
    if (deleted === 0) break;
  }
  await executor.writeTransaction((run) => run('write/unmarkVersion', { version }));
  return total;
}

/** Waits `graceMs` (requests that began on the old version finish), then removes it. */
export async function retireVersion(executor: Executor, version: string, graceMs: number, batchSize?: number): Promise<number> {
  if (graceMs > 0) await new Promise((resolve) => setTimeout(resolve, graceMs));
  return removeVersion(executor, version, batchSize);
}

/**
 * Removes the versions of ingests that died (see cypher/read/abandonedVersions.cypher): staged ones
 * whose mark went unrefreshed for `staleMs`, retired ones older than `graceMs`. Returns them.
 */
export async function removeAbandonedVersions(
  executor: Executor,
  options: { readonly graceMs: number; readonly staleMs?: number; readonly batchSize?: number },
): Promise<string[]> {
  const rows = await executor.read('read/abandonedVersions', {
    staleSeconds: Math.ceil((options.staleMs ?? STALE_STAGING_MS) / 1000),
    graceSeconds: Math.ceil(options.graceMs / 1000),
  });
  const versions = rows.map((r) => String(r.version));
  for (const version of versions) await removeVersion(executor, version, options.batchSize);
  return versions;
}
