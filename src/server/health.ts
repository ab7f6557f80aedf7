/**
 * Health endpoints. `/healthz` says the process is up (liveness: no database call); `/readyz` says
 * it can answer queries (readiness: Neo4j answers and a report is loaded), else 503 with a reason.
 */
import type { Executor } from '../db/executor';
import { readServedReports } from '../../loaders/servedReports';

export interface HealthAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** Liveness: always 200 while the process serves HTTP. */
export function liveness(): HealthAnswer {
  return { status: 200, body: { status: 'ok' } };
}

/**
 * Readiness: 200 `{status:"ready", reports, fiscalYears}` or 503 `{status, reason}`. Never throws. The database's
 * own error (it names hosts and ports) joins the reason only with `detail` (development).
 */
export async function readiness(executor: Executor, options: { detail: boolean }): Promise<HealthAnswer> {
  let fiscalYears: number[];
  try {
    fiscalYears = (await readServedReports(executor)).reports.map((r) => r.fiscalYear);
  } catch (error) {
    const cause = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { status: 503, body: { status: 'unavailable', reason: options.detail ? `Neo4j does not answer: ${cause}` : 'Neo4j does not answer' } };
  }
  if (fiscalYears.length === 0) {
    return { status: 503, body: { status: 'not_ready', reason: 'no report is loaded in the graph yet' } };
  }
  return { status: 200, body: { status: 'ready', reports: fiscalYears.length, fiscalYears } };
}
