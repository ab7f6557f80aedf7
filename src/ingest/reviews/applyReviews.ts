/**
 * A report's review file → the reviewed alignments `parseReport` takes; and a person's decision →
 * a review-file entry. A decision whose title or row the report no longer has is refused with a
 * message naming the decision, its title and the missing row (never silently dropped).
 */
import type { ReportRecords } from '../records';
import { UnknownReviewKeyError } from '../errors';
import type { ReviewDecision, ReviewFile } from './reviewFile';
import type { ReviewTable } from './reviewTables';

/** A decision that names a title or row the extraction does not have (a person's typo). */
export class ReviewChoiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReviewChoiceError';
  }
}

/** The reviews option of `parseReport`. */
export function reviewsOption(file: ReviewFile): { ministryId: string; titleKey: string; rowKeys: string[] }[] {
  return file.decisions.map((d) => ({ ministryId: d.ministryId, titleKey: d.titleKey, rowKeys: d.rows.map((r) => r.key) }));
}

/** A review that does not fit the report any more, said with the words of the review file. */
export class StaleReviewError extends Error {
  constructor(reviewFile: string, decision: ReviewDecision | undefined, cause: UnknownReviewKeyError) {
    const missing = cause.missing;
    const rows = decision?.rows.filter((r) => missing.includes(r.key)) ?? [];
    const what = decision === undefined
      ? `names ${missing.join(', ')}, which the report does not have`
      : missing.includes(decision.titleKey)
        ? `is about the title "${decision.title}" (key ${decision.titleKey}), which the report no longer has`
        : rows.length > 0
          ? `gives "${decision.title}" rows the report no longer has: ${rows.map((r) => `${r.key} ("${r.head}…", lines ${r.lines} when decided)`).join('; ')}`
          : `names ${missing.join(', ')}, which the report does not have`;
    super(`${reviewFile}: the review of ${cause.ministryId} ${what}. Decide it again with npm run review, or remove it from the file.`);
    this.name = 'StaleReviewError';
  }
}

/** Turns parseReport's UnknownReviewKeyError into a StaleReviewError naming the decision. */
export function staleReviewError(reviewFile: string, file: ReviewFile, error: UnknownReviewKeyError): StaleReviewError {
  const decision = file.decisions.find((d) => d.ministryId === error.ministryId && (error.missing.includes(d.titleKey) || d.rows.some((r) => error.missing.includes(r.key))))
    ?? file.decisions.find((d) => d.ministryId === error.ministryId);
  return new StaleReviewError(reviewFile, decision, error);
}

/**
 * A decision: in `table`, the title `titleKey` takes the rows `rowLabels` (R1… or row keys), or, with
 * none, keeps the rows the machine gave it. Throws an Error naming what was not understood.
 */
export function decide(
  table: ReviewTable,
  titleKey: string,
  rowLabels: readonly string[] | null,
  meta: { by: string | null; note: string | null; at: Date },
): ReviewDecision {
  const title = table.titles.find((t) => t.key === titleKey);
  if (!title) throw new ReviewChoiceError(`${table.ministryId} has no title with key ${titleKey}; its titles: ${table.titles.map((t) => `${t.key} "${t.text}"`).join(', ')}`);
  const wanted = rowLabels ?? title.rows;
  if (wanted.length === 0) throw new ReviewChoiceError(`"${title.text}" has no rows to keep: name the rows it takes (--rows R1,R2)`);
  const rows = wanted.map((label) => {
    const row = table.rows.find((r) => r.label === label || r.key === label);
    if (!row) throw new ReviewChoiceError(`${table.ministryId} has no row ${label}; its rows: ${table.rows.map((r) => `${r.label} (${r.key})`).join(', ')}`);
    return row;
  });
  return {
    ministryId: table.ministryId,
    titleKey,
    title: title.text,
    rows: rows.map((r) => ({ key: r.key, head: r.head, lines: r.lines })),
    machineConfidence: title.item?.alignment.confidence ?? 0,
    keptMachineRows: rowLabels === null || sameRows(rows.map((r) => r.label), title.rows),
    decidedAt: meta.at.toISOString().slice(0, 10),
    by: meta.by,
    note: meta.note,
  };
}

/**
 * The file with `decision` in place of any earlier decision on the same title. A row another title
 * already takes by a decision is refused (ReviewChoiceError naming that decision): forget it first.
 */
export function withDecision(file: ReviewFile, decision: ReviewDecision): ReviewFile {
  const others = file.decisions.filter((d) => !(d.ministryId === decision.ministryId && d.titleKey === decision.titleKey));
  for (const other of others.filter((d) => d.ministryId === decision.ministryId)) {
    const shared = other.rows.filter((r) => decision.rows.some((x) => x.key === r.key));
    if (shared.length > 0) {
      throw new ReviewChoiceError(
        `row ${shared.map((r) => r.key).join(', ')} is already given to "${other.title}" by the decision of ${other.decidedAt}: forget that decision first (--forget ${other.titleKey}) or give "${decision.title}" other rows`,
      );
    }
  }
  return { ...file, decisions: [...others, decision] };
}

/** Looks up an item (local id `ministry/pN`, or a title key) in the tables; throws naming the choices. */
export function findTitle(tables: readonly ReviewTable[], itemOrKey: string): { table: ReviewTable; titleKey: string } {
  for (const table of tables) {
    for (const title of table.titles) {
      if (title.key === itemOrKey || title.item?.id === itemOrKey) return { table, titleKey: title.key };
    }
  }
  throw new ReviewChoiceError(`no priority item ${itemOrKey} (give an item id such as economy-trade-and-industry/p2, or a title key shown by npm run review)`);
}

function sameRows(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Every decision of `file` that `records` (extracted with the reviews applied) carries as REVIEWED. */
export function appliedDecisions(records: ReportRecords): number {
  return records.ministries.reduce((n, m) => n + m.priorityItems.filter((p) => p.alignment.method === 'REVIEWED').length, 0);
}
