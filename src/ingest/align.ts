/**
 * Stage 4 — priority-item titles to rows. The PDF prints the title cells of a page after its rows and
 * not always in row order, so each title is matched to rows by evidence (alignment/, and the README
 * of this folder: each kind, its weight and why): shared content terms with the measure text, the
 * meaning of the clauses the row answers, shared practices (themes), the ministry's own plan labels,
 * and the title's place in the text flow. Printed order is no evidence, and only the ministry's own
 * table, the guideline and the taxonomy are counted.
 *
 * The assignment is joint over the ministry (alignment/jointAssignment.ts); each item carries its
 * confidence (the margin), its evidence and content keys. Reviewed alignments are taken as given and
 * the rest is aligned around them.
 */
import type { GuidelineTree } from './clauses';
import { ReviewConflictError, UnknownReviewKeyError } from './errors';
import { assignJointly } from './alignment/jointAssignment';
import type { AlignmentKnowledge } from './alignment/knowledge';
import { evidenceMatrix, type Evidence, type EvidenceWeights, type ScoredPair } from './alignment/scoreMatrix';
import { ministryView, type RowRefs, type RowView, type TitleView } from './alignment/views';
import type { SpanTable, TableRow, TitleCell } from './rows';

export type { Evidence } from './alignment/scoreMatrix';

export interface AlignedItem {
  readonly title: string;
  readonly titleKey: string;
  readonly titleCells: readonly TitleCell[];
  readonly rows: readonly TableRow[];
  readonly rowKeys: readonly string[];
  /** 0…1: how clearly the evidence picks these rows for this title over the others (1 when reviewed). */
  readonly confidence: number;
  readonly method: 'MACHINE' | 'REVIEWED';
  /** What tied the title to its rows, summed per kind over its rows. */
  readonly evidence: readonly Evidence[];
}

/** The title × row evidence totals, for a person choosing between competing rows and titles. */
export interface AlignmentCandidates {
  /** Titles in item order (unmatched ones last). */
  readonly titles: readonly { readonly key: string; readonly text: string; readonly cells: readonly TitleCell[] }[];
  readonly rows: readonly { readonly key: string; readonly row: TableRow }[];
  /** `[title][row]`. */
  readonly scores: readonly (readonly number[])[];
}

export interface Alignment {
  /** Items in row order (the order of their first row). */
  readonly items: readonly AlignedItem[];
  /** Titles no row could be given to (more titles than rows), e.g. a note that nothing was set. */
  readonly unmatchedTitles: readonly TitleCell[];
  readonly candidates: AlignmentCandidates;
}

/** A person's decision: this title (by content key) takes exactly these rows. */
export interface ReviewedAlignment {
  readonly titleKey: string;
  readonly rowKeys: readonly string[];
}

export interface AlignOptions {
  readonly knowledge: AlignmentKnowledge;
  readonly guideline: GuidelineTree;
  /** What each row's B cell resolved to, by row index. */
  readonly rowRefs: readonly RowRefs[];
  /** The ministry's id (for errors) and name as printed (its words are no evidence). */
  readonly ministryId?: string;
  readonly ownName?: string;
  readonly reviews?: readonly ReviewedAlignment[];
  /** Other weights than EVIDENCE_WEIGHTS, for sensitivity checks only. */
  readonly weights?: EvidenceWeights;
}

/** Aligns a ministry's titles with its rows. Throws `UnknownReviewKeyError` / `ReviewConflictError` on a bad review. */
export function alignTitles(table: SpanTable, options: AlignOptions): Alignment {
  const view = ministryView(table.titles, table.rows, options.rowRefs, options.knowledge, options.ownName);
  const matrix = evidenceMatrix(view, options.guideline, options.knowledge, options.weights);
  const reviewed = checkReviews(view, options.reviews ?? [], options.ministryId ?? '?');

  const items: AlignedItem[] = [];
  const unmatched: TitleCell[] = [];
  for (const [title, rows] of reviewed) {
    if (rows.length === 0) {
      unmatched.push(...title.cells); // reviewed as having no rows of its own
      continue;
    }
    const t = view.titles.indexOf(title);
    const review: Evidence = { kind: 'review', detail: `reviewed: takes ${rows.length === 1 ? 'row' : 'rows'} ${rows.map((r) => r.key).join(', ')}`, weight: 1 };
    items.push(item(title, rows, 'REVIEWED', 1, [review, ...sumByKind(rows.map((r) => matrix[t][view.rows.indexOf(r)]))]));
  }

  // The rest, jointly: every print of an unreviewed title against every unreviewed row.
  const taken = new Set([...reviewed.values()].flat());
  const rows = view.rows.filter((r) => !taken.has(r));
  const titles = view.titles.filter((t) => !reviewed.has(t));
  const prints = titles.flatMap((title) => title.cells.map(() => title));
  const score = prints.map((title) => rows.map((row) => matrix[view.titles.indexOf(title)][view.rows.indexOf(row)].total));
  const joint = assignJointly(score, prints.map((title) => prints.flatMap((p, i) => (p === title ? [i] : []))));
  for (const title of titles) {
    const mine = prints.flatMap((p, i) => (p === title && joint.rows[i].length > 0 ? [i] : []));
    if (mine.length === 0) {
      unmatched.push(...title.cells);
      continue;
    }
    const got = mine.flatMap((i) => joint.rows[i].map((r) => rows[r])).sort((a, b) => a.row.index - b.row.index);
    const t = view.titles.indexOf(title);
    const confidence = Math.min(...mine.map((i) => joint.confidence[i]));
    items.push(item(title, got, 'MACHINE', confidence, sumByKind(got.map((r) => matrix[t][view.rows.indexOf(r)]))));
  }
  items.sort((a, b) => a.rows[0].index - b.rows[0].index);
  unmatched.sort((a, b) => a.rowsBefore - b.rowsBefore || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return { items, unmatchedTitles: unmatched, candidates: candidates(view, matrix, items) };
}

function item(title: TitleView, rows: readonly RowView[], method: AlignedItem['method'], confidence: number, evidence: Evidence[]): AlignedItem {
  return {
    title: title.text,
    titleKey: title.key,
    titleCells: title.cells,
    rows: rows.map((r) => r.row),
    rowKeys: rows.map((r) => r.key),
    confidence,
    method,
    evidence,
  };
}

/** The evidence of an item over its rows: one entry per kind, weights summed, details de-duplicated. */
function sumByKind(pairs: readonly ScoredPair[]): Evidence[] {
  const byKind = new Map<Evidence['kind'], { weight: number; details: string[] }>();
  for (const e of pairs.flatMap((p) => p.evidence)) {
    const k = byKind.get(e.kind) ?? { weight: 0, details: [] };
    k.weight += e.weight;
    if (!k.details.includes(e.detail)) k.details.push(e.detail);
    byKind.set(e.kind, k);
  }
  return [...byKind].map(([kind, k]) => ({ kind, detail: k.details.join(' | '), weight: Math.round(k.weight * 1000) / 1000 }));
}

/** Reviews as title → rows, checked against the ministry's keys. */
function checkReviews(view: { titles: readonly TitleView[]; rows: readonly RowView[] }, reviews: readonly ReviewedAlignment[], ministryId: string): Map<TitleView, RowView[]> {
  const titleOf = new Map(view.titles.map((t) => [t.key, t]));
  const rowOf = new Map(view.rows.map((r) => [r.key, r]));
  const missingTitles = reviews.map((r) => r.titleKey).filter((k) => !titleOf.has(k));
  if (missingTitles.length > 0) throw new UnknownReviewKeyError(ministryId, missingTitles, 'title key(s)');
  const missingRows = reviews.flatMap((r) => r.rowKeys).filter((k) => !rowOf.has(k));
  if (missingRows.length > 0) throw new UnknownReviewKeyError(ministryId, missingRows, 'row key(s)');
  const twice = (keys: readonly string[]): string[] => [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
  const titlesTwice = twice(reviews.map((r) => r.titleKey));
  if (titlesTwice.length > 0) throw new ReviewConflictError(ministryId, titlesTwice, 'title key(s)');
  const rowsTwice = twice(reviews.flatMap((r) => r.rowKeys));
  if (rowsTwice.length > 0) throw new ReviewConflictError(ministryId, rowsTwice, 'row key(s)');
  return new Map(
    reviews.map((r) => [titleOf.get(r.titleKey)!, r.rowKeys.map((k) => rowOf.get(k)!).sort((a, b) => a.row.index - b.row.index)]),
  );
}

function candidates(view: { titles: readonly TitleView[]; rows: readonly RowView[] }, matrix: readonly (readonly ScoredPair[])[], items: readonly AlignedItem[]): AlignmentCandidates {
  const placed = items.map((i) => view.titles.find((t) => t.key === i.titleKey)!);
  const titles = [...placed, ...view.titles.filter((t) => !placed.includes(t))];
  return {
    titles: titles.map((t) => ({ key: t.key, text: t.text, cells: t.cells })),
    rows: view.rows.map((r) => ({ key: r.key, row: r.row })),
    scores: titles.map((t) => matrix[view.titles.indexOf(t)].map((p) => Math.round(p.total * 1000) / 1000)),
  };
}
