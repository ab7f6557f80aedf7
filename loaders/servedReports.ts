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
  /**
   * Why the reports could not be read (the database does not answer), when they could not: queries
   * that need a report then fail with this error rather than with an empty answer.
   */
  readonly unavailable?: Error;
}

// Half a second: a snapshot read just before a switch is replaced within 0.5 s, so answers are
// new within a second of an ingest with room to spare (the read is one tiny query).
export const DEFAULT_VERSION_TTL_MS = 500;

export class ServedReportsWatcher {
  private cached: { value: Promise<ServedReports>; at: number } | undefined;

  constructor(
    private readonly reader: Reader,
    private readonly ttlMs = DEFAULT_VERSION_TTL_MS,
  ) {}

  /**
   * The current snapshot, for a request: read again when older than the TTL; a failed read is not
   * kept and gives a snapshot with no report and the error (`unavailable`), so a request can still
   * answer what needs no report and fail the rest with the right code. Never rejects.
   */
  forRequest(): Promise<ServedReports> {
    return this.current().catch((error: unknown) => ({
      reports: [],
      signature: 'unavailable',
      unavailable: error instanceof Error ? error : new Error(String(error)),
    }));
  }

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
