/**
 * Stage 4 — priority-item titles to rows. The PDF prints the title cells of a page after its rows and
 * not always in row order, so each title is matched to rows by evidence:
 *
 * - words: the share of the title's character bigrams (weighted by how rare they are among the
 *   ministry's rows) found in the row's measure text and clause titles;
 * - place: a title belongs to rows of its own page, or of the page before it;
 * - order: the printed order only breaks ties.
 *
 * A title can span several consecutive rows (a merged cell, or the same title printed once per row),
 * so the rows are cut into as many contiguous runs as there are titles and runs are matched to
 * titles by maximum total score. Items keep the confidence of their match.
 */
import { maxAssignment } from './assignment';
import type { ReportLine } from './blocks';
import type { SpanTable, TableRow, TitleCell } from './rows';
import { compact } from './text';

export interface AlignedItem {
  readonly title: string;
  readonly titleCells: readonly TitleCell[];
  readonly rows: readonly TableRow[];
  /** 0…1: how clearly the evidence picks these rows for this title over the others. */
  readonly confidence: number;
}

export interface Alignment {
  /** Items in row order (the order of their first row). */
  readonly items: readonly AlignedItem[];
  /** Titles no row could be given to (more titles than rows), e.g. a note that nothing was set. */
  readonly unmatchedTitles: readonly TitleCell[];
}

const PAGE_WEIGHT = 0.5;
const ORDER_WEIGHT = 0.02;
/** Beyond this many ways to cut the rows into runs, runs are not enumerated (see `assignRuns`). */
const MAX_CUTS = 20000;

/** Aligns a ministry's titles with its rows. */
export function alignTitles(table: SpanTable, corpus: BigramCorpus = bigramCorpus([table]), ownName = ''): Alignment {
  // Each printed title cell is matched on its own: a title printed once per row of a merged cell
  // takes one row per print. Cells with the same text are merged into one item afterwards.
  const titles = table.titles.map((cell) => [cell]);
  const rows = table.rows;
  if (rows.length === 0) return { items: [], unmatchedTitles: table.titles };
  if (titles.length === 0) return { items: [], unmatchedTitles: [] };

  const score = scoreMatrix(titles, rows, corpus, ownName);
  const assign = (s: number[][]): number[][] => (titles.length >= rows.length ? assignOneToOne(s) : assignRuns(s, rows.length));
  const runs = assign(score);
  const best = totalScore(score, runs);

  const items: AlignedItem[] = [];
  const unmatched: TitleCell[] = [];
  titles.forEach((cells, t) => {
    const rowIdx = runs[t];
    if (rowIdx.length === 0) {
      unmatched.push(...cells);
      return;
    }
    items.push({
      title: cells[0].text,
      titleCells: cells,
      rows: rowIdx.map((r) => rows[r]),
      confidence: confidence(best, bestWithout(score, assign, sameTitle(titles, t), rowIdx)),
    });
  });
  return { items: mergeSameTitles(items), unmatchedTitles: unmatched };
}

/** Items whose titles read the same are one priority item printed once per row; in row order. */
function mergeSameTitles(items: readonly AlignedItem[]): AlignedItem[] {
  const byText = new Map<string, AlignedItem>();
  for (const item of items) {
    const key = compact(item.title);
    const seen = byText.get(key);
    byText.set(
      key,
      seen === undefined
        ? item
        : {
            title: seen.title,
            titleCells: [...seen.titleCells, ...item.titleCells],
            rows: [...seen.rows, ...item.rows].sort((a, b) => a.index - b.index),
            confidence: Math.min(seen.confidence, item.confidence),
          },
    );
  }
  return [...byText.values()].sort((a, b) => a.rows[0].index - b.rows[0].index);
}

/**
 * How common each bigram is across the rows of the whole report: words every ministry uses
 * (ための, 働き方改革) say little about which row a title belongs to.
 */
export interface BigramCorpus {
  readonly rowCount: number;
  readonly df: ReadonlyMap<string, number>;
}

/** Counts, for each bigram, the rows (of all the given tables) that contain it. */
export function bigramCorpus(tables: readonly SpanTable[]): BigramCorpus {
  const df = new Map<string, number>();
  let rowCount = 0;
  for (const table of tables) {
    for (const row of table.rows) {
      rowCount++;
      for (const g of new Set(bigrams(rowText(row)))) df.set(g, (df.get(g) ?? 0) + 1);
    }
  }
  return { rowCount, df };
}

export function scoreMatrix(titles: readonly TitleCell[][], rows: readonly TableRow[], corpus: BigramCorpus, ownName = ''): number[][] {
  const rowGrams = rows.map((r) => new Set(bigrams(rowText(r))));
  const idf = (g: string): number => Math.log(1 + corpus.rowCount / (corpus.df.get(g) ?? 0.5));
  // The ministry's own name (内閣官房全体として…) is in every one of its rows: no evidence.
  const nameGrams = new Set(bigrams(ownName));

  return titles.map((cells, t) => {
    const grams = [...new Set(bigrams(cells[0].text))].filter((g) => !nameGrams.has(g));
    const total = grams.reduce((sum, g) => sum + idf(g), 0) || 1;
    return rows.map((row, r) => {
      const words = grams.reduce((sum, g) => sum + (rowGrams[r].has(g) ? idf(g) : 0), 0) / total;
      const place = Math.max(...cells.map((c) => pageCloseness(c.page, row.page)));
      const order = 1 - Math.abs(t / titles.length - r / rows.length);
      return words + PAGE_WEIGHT * place + ORDER_WEIGHT * order;
    });
  });
}

/** 1 on the row's page; ½ on the next page (titles are printed after their rows); else 0. */
function pageCloseness(titlePage: number, rowPage: number): number {
  if (titlePage === rowPage) return 1;
  if (titlePage === rowPage + 1) return 0.5;
  if (titlePage === rowPage - 1) return 0.25;
  return 0;
}

function rowText(row: TableRow): string {
  const lines = (blocks: readonly (readonly ReportLine[])[]): string => blocks.flat().map((l) => l.text).join('');
  return lines(row.a) + lines(row.b);
}

/** Character bigrams of the compact text, punctuation and digits left out. */
function bigrams(text: string): string[] {
  const chars = [...compact(text).replace(/[\p{P}\p{S}\d]/gu, '')];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** Each title gets at most one row (titles ≥ rows). */
function assignOneToOne(score: number[][]): number[][] {
  const rowsToTitles = maxAssignment(transpose(score));
  const runs: number[][] = score.map(() => []);
  rowsToTitles.forEach((t, r) => {
    if (t >= 0) runs[t].push(r);
  });
  return runs;
}

/**
 * Fewer titles than rows: cut the rows into contiguous runs, one per title, and match runs to titles;
 * the cut and match with the highest total score wins. When there are too many cuts to try, each row
 * goes to its best title, every title keeping at least its best row.
 */
function assignRuns(score: number[][], rowCount: number): number[][] {
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

function transpose(m: number[][]): number[][] {
  return m[0].map((_, j) => m.map((row) => row[j]));
}

/** Sum of the scores of an assignment (title → rows). */
function totalScore(score: readonly (readonly number[])[], runs: readonly (readonly number[])[]): number {
  return runs.reduce((sum, rows, t) => sum + rows.reduce((s, r) => s + score[t][r], 0), 0);
}

/** The best total when the given titles are barred from the given rows. */
function bestWithout(
  score: readonly (readonly number[])[],
  assign: (s: number[][]) => number[][],
  titles: readonly number[],
  rows: readonly number[],
): number {
  const barred = score.map((perRow, t) => perRow.map((v, r) => (titles.includes(t) && rows.includes(r) ? -1000 : v)));
  return totalScore(barred, assign(barred));
}

/** Indexes of the titles printed with the same text as title `t` (interchangeable prints of one cell). */
function sameTitle(titles: readonly TitleCell[][], t: number): number[] {
  const key = compact(titles[t][0].text);
  return titles.flatMap((cells, i) => (compact(cells[0].text) === key ? [i] : []));
}

/**
 * How clearly the evidence prefers this match: the total score the best alignment loses when the
 * title may not have its rows (its "margin"), mapped to 0…1 — 0 a tie, ½ a margin of 0.25 (about a
 * quarter of a title's words, or half a page's worth of place evidence), near 1 an obvious match.
 */
function confidence(best: number, withoutThisMatch: number): number {
  const margin = Math.max(0, best - Math.max(withoutThisMatch, best - 1000));
  if (margin >= 500) return 1; // no other alignment exists (one title, one row)
  return Math.round((margin / (margin + 0.25)) * 1000) / 1000;
}
