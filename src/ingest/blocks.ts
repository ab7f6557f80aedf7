/**
 * Stage 1 — lines to blocks. The report text is cut into pages and blocks (runs of non-blank lines),
 * and each block is told apart: page furniture (report banner, table header, 重点項目 header, page
 * number), ministry banners, and the three kinds of table cell:
 *
 * - `A`: measure text — a status tag, ○ or ・ at its start, or lines wider than the title column;
 * - `B`: clause references — a line opening with a clause number (Ⅱ, 第２, ３．, （１）, ⑴, ①, （別添）)
 *   in the narrow B column;
 * - `T`: priority-item titles — the middle-width column.
 *
 * The column widths of the PDF survive in the text (A ≈ 38 cells, T ≤ 22, B ≤ 20), so width is the
 * main evidence (measured by `columnWidth`, the same whatever widths the characters were typed in);
 * markers and position decide the rest. Furniture is recognised in its NFKC form without white
 * space, so "（重点項目）" and "(重点項目)", "Ａ Ｂ" and "A B", a page number "14" and "１４" read alike.
 */
import { columnWidth, compact, displayWidth, foldWidth, nfkc } from './text';

export interface ReportLine {
  /** 1-based line number in the report. */
  readonly no: number;
  readonly text: string;
  readonly width: number;
  /**
   * A new PDF page starts here: a line with content that begins with a single space, or the first
   * line with content after a page number that ended a page (a footer). A page number that itself
   * opens a page (a header) does not start another one.
   */
  readonly pageStart: boolean;
}

export type CellKind = 'A' | 'B' | 'T';

export type Block =
  | { readonly kind: 'ministry'; readonly name: string; readonly lines: readonly ReportLine[] }
  | { readonly kind: 'tableHeader'; readonly lines: readonly ReportLine[] }
  | { readonly kind: 'reportBanner'; readonly title: string; readonly lines: readonly ReportLine[] }
  | { readonly kind: 'itemHeader'; readonly lines: readonly ReportLine[] }
  | { readonly kind: 'pageNumber'; readonly lines: readonly ReportLine[] }
  | { readonly kind: 'cell'; readonly cell: CellKind; readonly lines: readonly ReportLine[]; readonly page: number };

/** Widest line of the title column; wider untagged text is measure text. */
const TITLE_MAX_WIDTH = 22.5;
/** Widest line of the clause column. */
const CLAUSE_MAX_WIDTH = 20.5;

/** A ministry banner, matched on the NFKC form of its line. */
const MINISTRY_RE = /^【府省等名:\s*(.+?)\s*】$/u;
const STATUS_TAG_RE = /^【[^】]{1,10}】/u;
/** The report banner's two lines and the table header's lines, matched on their `compact` form. */
const BANNER_FIRST_RE = /^国家公務員の.*取組指針に$/u;
const BANNER_SECOND_RE = /^基づく.*フォローアップ.*\(重点項目\)$/u;
const TABLE_HEADER_RE = /^(AB|取組時期・内容・成果.*|それらを踏まえた次のアクション|WLB取組指針若しくは|各府省取組計画の該当箇所)$/u;
/** Openings of a clause reference: a part, 第N (第 ２ too), a section number, (N), ⑴, ①. */
const CLAUSE_MARKER_RE = /^(?:[ⅠⅡⅢⅣ]|第\s*[0-9０-９一二三四]|[0-9０-９]+(?:[.．、]|\s|(?=[^\d０-９.．年月日%％])|$)|[（(][0-9０-９]+[）)]|[⑴-⒇]|[①-⑳])/u;
/** A reference to an annex or the ministry's own plan, e.g. （別添）具体的な取組事項. */
const PLAN_LABEL_RE = /^[（(](?:別添|別紙|別表)[^）)]*[）)]/u;

/** Splits the report into numbered lines, marking where PDF pages start. */
export function toLines(text: string): ReportLine[] {
  const raw = text.replace(/\r\n?/gu, '\n').split('\n');
  const out: ReportLine[] = [];
  let afterFooter = false;
  raw.forEach((line, i) => {
    const content = line.trim();
    const pageStart = i === 0 || (content !== '' && (/^ [^ ]/u.test(line) || afterFooter));
    if (content !== '') afterFooter = isPageNumber(content) && !pageStart;
    out.push({ no: i + 1, text: line.replace(/\s+$/u, ''), width: displayWidth(line), pageStart });
  });
  return out;
}

/** Cuts numbered lines into classified blocks, in document order. */
export function toBlocks(lines: readonly ReportLine[]): Block[] {
  const blocks: Block[] = [];
  let page = 0;
  let run: ReportLine[] = [];
  let itemHeaderOnPage = false;

  const flushRun = (): void => {
    if (run.length > 0) blocks.push({ kind: 'cell', cell: classifyCell(run, itemHeaderOnPage), lines: run, page });
    run = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const content = line.text.trim();
    if (line.pageStart) {
      flushRun();
      page++;
      itemHeaderOnPage = false;
    }
    if (content === '') {
      flushRun();
      continue;
    }
    const folded = compact(content);
    const ministry = MINISTRY_RE.exec(nfkc(content));
    if (ministry) {
      flushRun();
      blocks.push({ kind: 'ministry', name: ministry[1], lines: [line] });
      continue;
    }
    const next = lines[i + 1];
    if (BANNER_FIRST_RE.test(folded) && next && BANNER_SECOND_RE.test(compact(next.text))) {
      flushRun();
      blocks.push({ kind: 'reportBanner', title: content + next.text.trim(), lines: [line, next] });
      i++;
      continue;
    }
    if (TABLE_HEADER_RE.test(folded)) {
      flushRun();
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'tableHeader' && isAdjacent(last.lines, line, lines)) {
        blocks[blocks.length - 1] = { kind: 'tableHeader', lines: [...last.lines, line] };
      } else {
        blocks.push({ kind: 'tableHeader', lines: [line] });
      }
      continue;
    }
    if (folded === '重点項目') {
      flushRun();
      itemHeaderOnPage = true;
      blocks.push({ kind: 'itemHeader', lines: [line] });
      continue;
    }
    if (isPageNumber(content) && run.length === 0) {
      blocks.push({ kind: 'pageNumber', lines: [line] });
      continue;
    }
    run.push(line);
  }
  flushRun();
  return blocks;
}

/** A page number standing alone on a line: one to three digits of either width. */
function isPageNumber(content: string): boolean {
  return /^\d{1,3}$/u.test(compact(content));
}

/** The table header proper starts with the "Ａ Ｂ" line (in any width and spacing). */
export function isTableStart(line: ReportLine): boolean {
  return compact(line.text) === 'AB';
}

/** True when only blank lines stand between the block's last line and `line`. */
function isAdjacent(blockLines: readonly ReportLine[], line: ReportLine, all: readonly ReportLine[]): boolean {
  const last = blockLines[blockLines.length - 1];
  for (let no = last.no + 1; no < line.no; no++) if (all[no - 1].text.trim() !== '') return false;
  return true;
}

/**
 * Decides which table column a run of non-blank lines came from. A run may hold a clause reference
 * led by a label line ("・業務見直し" then "Ⅱ「…"); it is one B cell. Exported for tests.
 */
export function classifyCell(run: readonly ReportLine[], afterItemHeader: boolean): CellKind {
  const first = foldWidth(run[0].text.trim());
  const maxWidth = Math.max(...run.map((l) => columnWidth(l.text)));
  if (STATUS_TAG_RE.test(first) || /^[○◯〇]/u.test(first)) return 'A';
  if (maxWidth <= CLAUSE_MAX_WIDTH && looksLikeClauseCell(run, afterItemHeader)) return 'B';
  if (/^[・･]/u.test(first)) return 'A';
  if (maxWidth > TITLE_MAX_WIDTH) return 'A';
  return 'T';
}

function looksLikeClauseCell(run: readonly ReportLine[], afterItemHeader: boolean): boolean {
  const texts = run.map((l) => foldWidth(l.text.trim()));
  // A label line ("・業務見直し") may lead the reference it names.
  const body = /^[・･]/u.test(texts[0]) && texts.length > 1 ? texts.slice(1) : texts;
  // Under a 重点項目 header, a lone numbered line is a title such as "（１）人材育成".
  if (afterItemHeader && body.length === 1 && texts.length === 1) return false;
  if (PLAN_LABEL_RE.test(body[0])) return true;
  // A quoted part title ("「ワークライフバランスの推進のための働き方改革」３．…"); under a header,
  // a quoted two-line title ("「働きやすさ」と「働きがい」の両立の推進 / ①働きがいの創出").
  if (/^[「『]/u.test(body[0])) {
    return !afterItemHeader && body.length > 1 && body.slice(1).some((t) => CLAUSE_MARKER_RE.test(t));
  }
  return body.some((t) => CLAUSE_MARKER_RE.test(t)) && CLAUSE_MARKER_RE.test(body[0]);
}

/** Joined text of lines, NFKC-normalised (used for matching, never for display). */
export function blockText(lines: readonly ReportLine[]): string {
  return nfkc(lines.map((l) => l.text.trim()).join(''));
}
