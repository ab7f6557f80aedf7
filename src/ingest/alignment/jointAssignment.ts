/**
 * The joint assignment of a ministry's title prints to its rows, and how sure it is.
 *
 * Titles ≥ rows: each print takes at most one row (Hungarian method, maximum total score). Fewer
 * titles than rows: a title can span several consecutive rows (a merged cell), so the rows are cut
 * into as many contiguous runs as there are prints, and cut and match together maximise the total.
 * Confidence is the margin: how much total score the best alignment loses when a title may not have
 * its rows, mapped to 0…1 — 0 a tie, ½ a margin of MARGIN_HALF, near 1 an obvious match. The result
 * depends on the score matrix only; callers give titles in an order that does not depend on print.
 */
import { maxAssignment } from '../assignment';

/** Beyond this many ways to cut the rows into runs, runs are not enumerated (see `assignRuns`). */
const MAX_CUTS = 20000;
/** The margin that gives confidence ½. */
const MARGIN_HALF = 0.25;
const BARRED = -1000;

export interface JointAssignment {
  /** For each title print (row of `score`), the rows it takes, ascending. */
  readonly rows: readonly (readonly number[])[];
  /** For each title print, 0…1. */
  readonly confidence: readonly number[];
}

/**
 * Assigns rows to title prints. `score[t][r]` is the evidence for print t and row r; `sameTitle[t]`
 * lists the prints with the same text as t (interchangeable: barring one bars them all).
 */
export function assignJointly(score: readonly (readonly number[])[], sameTitle: readonly (readonly number[])[]): JointAssignment {
  const titleCount = score.length;
  const rowCount = titleCount === 0 ? 0 : score[0].length;
  if (titleCount === 0 || rowCount === 0) return { rows: score.map(() => []), confidence: score.map(() => 0) };
  const assign = (s: readonly (readonly number[])[]): number[][] => (titleCount >= rowCount ? assignOneToOne(s) : assignRuns(s, rowCount));
  const runs = assign(score);
  const best = totalScore(score, runs);
  const confidence = runs.map((rows, t) => (rows.length === 0 ? 0 : toConfidence(best, bestWithout(score, assign, sameTitle[t] ?? [t], rows))));
  return { rows: runs, confidence };
}

function assignOneToOne(score: readonly (readonly number[])[]): number[][] {
  const rowsToTitles = maxAssignment(transpose(score));
  const runs: number[][] = score.map(() => []);
  rowsToTitles.forEach((t, r) => {
    if (t >= 0) runs[t].push(r);
  });
  return runs;
}

/**
 * Fewer titles than rows: every cut of the rows into contiguous runs, runs matched to titles; the
 * best total wins. When there are too many cuts to try, each row goes to its best title, every title
 * keeping at least its best row.
 */
function assignRuns(score: readonly (readonly number[])[], rowCount: number): number[][] {
  const titleCount = score.length;
  let best: { total: number; runs: number[][] } | undefined;
  let tried = 0;
  for (const cut of cuts(rowCount, titleCount)) {
    if (++tried > MAX_CUTS) break;
    const runRows = cut.map(([from, to]) => range(from, to));
    const runScore = score.map((perRow) => runRows.map((rs) => rs.reduce((s, r) => s + perRow[r], 0)));
    const runToTitle = maxAssignment(transpose(runScore));
    const total = runToTitle.reduce((s, t, run) => s + runScore[t][run], 0);
    if (!best || total > best.total) {
      const runs: number[][] = score.map(() => []);
      runToTitle.forEach((t, run) => runs[t].push(...runRows[run]));
      best = { total, runs };
    }
  }
  if (best && tried <= MAX_CUTS) return best.runs;
  const runs = assignOneToOne(score);
  for (let r = 0; r < rowCount; r++) {
    if (runs.some((rs) => rs.includes(r))) continue;
    const t = score.reduce((bestT, perRow, i) => (perRow[r] > score[bestT][r] ? i : bestT), 0);
    runs[t].push(r);
    runs[t].sort((a, b) => a - b);
  }
  return runs;
}

/** Every way to cut [0, n) into k non-empty contiguous runs, as [from, to) pairs. */
function* cuts(n: number, k: number, from = 0): Generator<[number, number][]> {
  if (k === 1) {
    yield [[from, n]];
    return;
  }
  for (let to = from + 1; to <= n - (k - 1); to++) {
    for (const rest of cuts(n, k - 1, to)) yield [[from, to], ...rest];
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function transpose(m: readonly (readonly number[])[]): number[][] {
  return m[0].map((_, j) => m.map((row) => row[j]));
}

function totalScore(score: readonly (readonly number[])[], runs: readonly (readonly number[])[]): number {
  return runs.reduce((sum, rows, t) => sum + rows.reduce((s, r) => s + score[t][r], 0), 0);
}

/** The best total when the given prints are barred from the given rows. */
function bestWithout(
  score: readonly (readonly number[])[],
  assign: (s: readonly (readonly number[])[]) => number[][],
  titles: readonly number[],
  rows: readonly number[],
): number {
  const barred = score.map((perRow, t) => perRow.map((v, r) => (titles.includes(t) && rows.includes(r) ? BARRED : v)));
  return totalScore(barred, assign(barred));
}

function toConfidence(best: number, withoutThisMatch: number): number {
  const margin = Math.max(0, best - Math.max(withoutThisMatch, best + BARRED));
  if (margin >= -BARRED / 2) return 1; // no other alignment exists (one title, one row)
  return Math.round((margin / (margin + MARGIN_HALF)) * 1000) / 1000;
}
