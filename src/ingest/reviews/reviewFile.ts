/**
 * A person's decisions on title–row alignments, one file per report: `<reviews dir>/<report file
 * name without .txt>.json` (data/reviews/wlb-followup-r6.json for the bundled report). Decisions are
 * keyed by content hashes of the title and of the rows (`titleKey`, `rowKeys`: see
 * src/ingest/README.md), never by line numbers, so they survive a re-extraction and layout changes;
 * the texts beside the keys are for people reading the file and for error messages.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface ReviewedRow {
  readonly key: string;
  /** The first characters of the row's measure text, and where it was printed when decided. */
  readonly head: string;
  readonly lines: string;
}

export interface ReviewDecision {
  readonly ministryId: string;
  readonly titleKey: string;
  readonly title: string;
  /** The rows the title takes, in row order. */
  readonly rows: readonly ReviewedRow[];
  /** The machine's confidence when the person decided, and whether the person kept its rows. */
  readonly machineConfidence: number;
  readonly keptMachineRows: boolean;
  readonly decidedAt: string;
  readonly by: string | null;
  readonly note: string | null;
}

export interface ReviewFile {
  /** The report file the decisions are about. */
  readonly report: string;
  readonly decisions: readonly ReviewDecision[];
}

/** A review file that cannot be read as one: names the file and what was wrong. */
export class ReviewFileError extends Error {
  constructor(readonly file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ReviewFileError';
  }
}

/** The review file of a report, in `dir`. */
export function reviewFilePath(dir: string, reportFile: string): string {
  return path.join(dir, `${path.basename(reportFile).replace(/\.txt$/iu, '')}.json`);
}

/** Reads a review file; a missing file is no decisions. Throws ReviewFileError naming what is wrong. */
export function readReviewFile(file: string, reportFile: string): ReviewFile {
  if (!fs.existsSync(file)) return { report: path.basename(reportFile), decisions: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ReviewFileError(file, `not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const obj = parsed as { report?: unknown; decisions?: unknown };
  if (!obj || typeof obj !== 'object' || !Array.isArray(obj.decisions)) throw new ReviewFileError(file, 'expected {"report": "<file>", "decisions": [...]}');
  obj.decisions.forEach((d, i) => checkDecision(file, d, i));
  return { report: typeof obj.report === 'string' ? obj.report : path.basename(reportFile), decisions: obj.decisions as ReviewDecision[] };
}

/** Writes the file (decisions sorted by ministry and title key, so diffs stay small). */
export function writeReviewFile(file: string, review: ReviewFile): void {
  const decisions = [...review.decisions].sort((a, b) => (a.ministryId + a.titleKey < b.ministryId + b.titleKey ? -1 : 1));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ report: review.report, decisions }, null, 2)}\n`);
}

function checkDecision(file: string, d: unknown, i: number): void {
  const x = d as Partial<Record<keyof ReviewDecision, unknown>>;
  const where = `decisions[${i}]`;
  for (const field of ['ministryId', 'titleKey', 'title'] as const) {
    if (typeof x?.[field] !== 'string' || x[field] === '') throw new ReviewFileError(file, `${where}.${field} must be a non-empty string`);
  }
  if (!Array.isArray(x.rows) || x.rows.length === 0 || x.rows.some((r) => typeof (r as ReviewedRow)?.key !== 'string')) {
    throw new ReviewFileError(file, `${where}.rows must list at least one row as {"key": …, "head": …, "lines": …}`);
  }
}
