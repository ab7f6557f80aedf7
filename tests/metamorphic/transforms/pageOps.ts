/**
 * Page surgery shared by the page-break transforms: where a page may be cut between two table rows,
 * cutting it, joining two pages, and keeping blocks apart with blank lines. A cut or join is refused
 * (null) wherever the text after it would be ambiguous, so every page these helpers return prints
 * the same table.
 */
import type { Page, Piece } from '../reportModel';

const isRow = (p: Piece): boolean => p.kind === 'A' || p.kind === 'B';
const FURNITURE = new Set(['ministry', 'tableHeader', 'reportBanner', 'itemHeader']);

/**
 * Indexes at which the page may be cut in two: a measure cell (A) that opens a row, the row before
 * it closed by its clause cell (B), every cell owned by an item, and no item with rows on both sides.
 */
export function rowCuts(page: Page): number[] {
  const rows = page.pieces.map((p, i) => ({ p, i })).filter(({ p }) => isRow(p));
  if (rows.length === 0 || rows.some(({ p }) => p.item === null)) return [];
  if (page.pieces.some((p) => p.kind === 'A' && p.item === null)) return [];
  // A page that opens with a clause cell reads its first row B-then-A; its rows are not cut.
  if (rows[0].p.kind === 'B') return [];
  const cuts: number[] = [];
  for (let k = 1; k < rows.length; k++) {
    const { p, i } = rows[k];
    const before = rows[k - 1].p;
    if (p.kind !== 'A' || before.kind !== 'B') continue;
    const left = new Set(rows.slice(0, k).map((r) => r.p.item));
    if (rows.slice(k).some((r) => left.has(r.p.item))) continue;
    cuts.push(i);
  }
  return cuts;
}

/**
 * The page cut before piece `at` (one of `rowCuts`): the left page keeps the rows before the cut, the
 * furniture and the title cells of its items; the right page gets the rows from the cut on and
 * their title cells (and a footer page number). Both keep the original print order. Null when a
 * title cell moving right would read as a clause reference without the 重点項目 header above it.
 */
export function cutPage(page: Page, at: number): [Page, Page] | null {
  const rightItems = new Set(page.pieces.slice(at).filter(isRow).map((p) => p.item));
  const goesRight = (p: Piece, i: number): boolean =>
    i >= at ? isRow(p) || p.kind === 'pageNumber' || (p.kind === 'T' && rightItems.has(p.item)) : p.kind === 'T' && rightItems.has(p.item);
  const left = page.pieces.filter((p, i) => !goesRight(p, i));
  const right = page.pieces.filter((p, i) => goesRight(p, i));
  if (right.some((p) => p.kind === 'T' && readsAsClause(p))) return null;
  return [{ ...page, pieces: separate(left) }, { marker: 'space', pieces: separate(right) }];
}

/**
 * Two consecutive pages of one ministry printed as one: the rows of both, then what followed the
 * rows of each (furniture, title cells); a page number heading the first page stays at its head,
 * one ending the second stays at its foot, any other goes. Null when the second page has furniture
 * of its own, opens with a clause cell (its first row would join the first page's last), or the
 * first page's last row has no clause cell (the next measure cell would read as its continuation).
 */
export function joinPages(first: Page, second: Page): Page | null {
  const secondRows = second.pieces.filter(isRow);
  const firstRows = first.pieces.filter(isRow);
  if (second.pieces.some((p) => FURNITURE.has(p.kind))) return null;
  if (secondRows.length === 0 || secondRows[0].kind !== 'A' || secondRows.some((p) => p.item === null)) return null;
  if (firstRows.length === 0 || firstRows[firstRows.length - 1].kind !== 'B') return null;
  const numbers = (pieces: readonly Piece[], at: number): Piece[] => (pieces.at(at)?.kind === 'pageNumber' ? [pieces.at(at)!] : []);
  const split = (pieces: readonly Piece[]): [Piece[], Piece[]] => {
    const rest = pieces.filter((p) => p.kind !== 'pageNumber');
    const lastRow = rest.reduce((last, p, i) => (isRow(p) ? i : last), -1);
    return [rest.slice(0, lastRow + 1), rest.slice(lastRow + 1)];
  };
  const [firstHead, firstTail] = split(first.pieces);
  const [secondHead, secondTail] = split(second.pieces);
  return {
    ...first,
    pieces: separate([...numbers(first.pieces, 0), ...firstHead, ...secondHead, ...firstTail, ...secondTail, ...numbers(second.pieces, -1)]),
  };
}

/** A blank line after every piece but the last, so no two blocks run together. */
export function separate(pieces: readonly Piece[]): Piece[] {
  return pieces.map((p, i) => (i < pieces.length - 1 && p.gap.length === 0 ? { ...p, gap: [''] } : p));
}

/** A page-number line ending `page` (after a blank line). */
export function withFooter(page: Page, n: number): Page {
  const number: Piece = { kind: 'pageNumber', lines: [String(n)], gap: ['', '', ''], item: null, origin: 0 };
  const pieces = [...page.pieces];
  const last = pieces[pieces.length - 1];
  pieces[pieces.length - 1] = { ...last, gap: last.gap.length === 0 ? [''] : last.gap };
  return { ...page, pieces: [...pieces, number] };
}

/**
 * A title with a line that opens with a clause number ("（２）働き方改革・業務効率化",
 * "「働きやすさ」と「働きがい」の両立の推進 / ②働きやすさの向上"): on a page without the 重点項目
 * header above it the text gives no sign that it is a title and not a clause cell.
 */
function readsAsClause(piece: Piece): boolean {
  return piece.lines.some((l) => /^(?:[ⅠⅡⅢⅣ]|第[0-9０-９]|[0-9０-９]+[.．、\s]|[（(][0-9０-９]+[）)]|[⑴-⒇①-⑳])/u.test(l.trim()));
}
