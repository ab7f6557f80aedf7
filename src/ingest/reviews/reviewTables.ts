/**
 * What a person needs to decide an alignment: per ministry, its titles and its rows side by side,
 * with the evidence total of every title–row pair, the rows each title was given, and which of
 * those matches are doubtful. Built from an extraction's records (pure); `formatReviewTable` prints
 * one for a terminal.
 */
import { DOUBTFUL_CONFIDENCE, isDoubtful } from '../../model/alignment';
import type { AlignmentCandidatesRecord, ItemRecord, ReportRecords } from '../records';

export interface ReviewRow {
  /** R1, R2… in row order: how a person names a row on the command line. */
  readonly label: string;
  readonly key: string;
  readonly lines: string;
  readonly head: string;
  readonly clauseRefs: readonly string[];
}

export interface ReviewTitle {
  readonly key: string;
  readonly text: string;
  /** The item the title became (local id, e.g. economy-trade-and-industry/p2), if it got rows. */
  readonly item: ItemRecord | null;
  /** Labels of the rows it was given. */
  readonly rows: readonly string[];
  /** Its evidence total for each row, in row order. */
  readonly scores: readonly number[];
  readonly doubtful: boolean;
}

export interface ReviewTable {
  readonly ministryId: string;
  readonly ministry: string;
  readonly titles: readonly ReviewTitle[];
  readonly rows: readonly ReviewRow[];
}

/** One table per ministry with rows; `onlyDoubtful` keeps the ministries with a doubtful alignment. */
export function reviewTables(records: ReportRecords, onlyDoubtful: boolean): ReviewTable[] {
  return records.alignments
    .map((candidates) => tableOf(records, candidates))
    .filter((t) => !onlyDoubtful || t.titles.some((title) => title.doubtful));
}

function tableOf(records: ReportRecords, c: AlignmentCandidatesRecord): ReviewTable {
  const ministry = records.ministries.find((m) => m.ministryId === c.ministryId);
  const rows = c.rows.map((r, i) => ({ label: `R${i + 1}`, key: r.key, lines: `${r.lineStart}–${r.lineEnd}`, head: r.head, clauseRefs: r.clauseRefs }));
  const labelOf = new Map(rows.map((r) => [r.key, r.label]));
  const titles = c.titles.map((t, i) => {
    const item = ministry?.priorityItems.find((p) => p.alignment.titleKey === t.key) ?? null;
    return {
      key: t.key,
      text: t.text,
      item,
      rows: item ? item.alignment.rowKeys.map((k) => labelOf.get(k) ?? k) : [],
      scores: c.scores[i] ?? [],
      doubtful: item !== null && isDoubtful(item.alignment),
    };
  });
  return { ministryId: c.ministryId, ministry: ministry?.ministry ?? c.ministryId, titles, rows };
}

/** A table for a terminal: the rows, then a title × row grid of scores with the given rows in [ ]. */
export function formatReviewTable(table: ReviewTable): string {
  const lines = [`${table.ministry} (${table.ministryId})`];
  for (const r of table.rows) lines.push(`  ${r.label.padEnd(4)} lines ${r.lines.padEnd(10)} ${r.head}…  ${r.clauseRefs.join(' ') || '(no guideline clause)'}  [${r.key}]`);
  lines.push(`  ${''.padEnd(4)} ${table.rows.map((r) => r.label.padStart(7)).join('')}`);
  for (const [i, t] of table.titles.entries()) {
    const cells = t.scores.map((s, j) => {
      const text = s.toFixed(2);
      return (t.rows.includes(table.rows[j].label) ? `[${text}]` : ` ${text} `).padStart(7);
    });
    const mark = t.item === null ? 'no rows' : `${t.item.id} confidence ${t.item.alignment.confidence.toFixed(3)} ${t.item.alignment.method}${t.doubtful ? ` — DOUBTFUL (< ${DOUBTFUL_CONFIDENCE})` : ''}`;
    lines.push(`  ${`T${i + 1}`.padEnd(4)} ${cells.join('')}  ${t.text}  [${t.key}]  ${mark}`);
  }
  return lines.join('\n');
}
