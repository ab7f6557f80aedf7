/**
 * The reports the graph serves: one per fiscal year, each naming the version of it that readers
 * see (an ingest writes a new version beside it and switches the year's report in one small
 * transaction). Read from Neo4j at most once per `ttlMs` and shared by the requests of the process:
 * a request reads its snapshot once, when its context is built, and every query it runs names the
 * versions of that snapshot — so it sees one version of each year throughout, and after an ingest
 * (in any process) new requests see the new version within `ttlMs`. The ingest removes the old
 * version only after a grace period longer than that (src/ingest/versions.ts).
 */
import { createHash } from 'node:crypto';
import type { Reader } from '../src/db/executor';
import type { ReportRow } from './models';
import { runQuery } from './queries';

export interface ServedReports {
  /** Newest fiscal year first. */
  readonly reports: readonly ReportRow[];
  /** Changes whenever any year is loaded, replaced or removed (the response cache keys answers by it). */
  readonly signature: string;
}

export const DEFAULT_VERSION_TTL_MS = 1000;

export class ServedReportsWatcher {
  private cached: { value: Promise<ServedReports>; at: number } | undefined;

  constructor(
    private readonly reader: Reader,
    private readonly ttlMs = DEFAULT_VERSION_TTL_MS,
  ) {}

  /** The current snapshot (read again when older than the TTL; a failed read is not kept). */
  current(): Promise<ServedReports> {
    if (!this.cached || Date.now() - this.cached.at > this.ttlMs) {
      const value = readServedReports(this.reader);
      this.cached = { value, at: Date.now() };
      value.catch(() => (this.cached = undefined));
    }
    return this.cached.value;
  }

  /** Forgets the snapshot, so the next request reads again (after an ingest in this process). */
  invalidate(): void {
    this.cached = undefined;
  }
}

/** Reads the reports and their versions once. */
export async function readServedReports(reader: Reader): Promise<ServedReports> {
  const reports = (await runQuery(reader, 'reportVersions', {})).map((r) => r.report as ReportRow);
  const signature = createHash('sha256')
    .update(JSON.stringify(reports.map((r) => [r.fiscalYear, r.version])))
    .digest('base64url');
  return { reports, signature };
}
