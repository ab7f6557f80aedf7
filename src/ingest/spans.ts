/**
 * Stage 2 — blocks to ministry spans. Each ministry's section opens with the table header (Ａ Ｂ and
 * the column headings). Its banner 【府省等名：…】 normally stands just before the header, but the
 * PDF sometimes prints it after the content of the ministry's first page; so a span runs from one
 * header to the next. With one banner per header, the k-th banner names the k-th table (it may
 * lead its header or follow its first page, whatever its neighbours do); otherwise a span takes the
 * banner just before its header, or else the first banner inside it.
 */
import { isTableStart, type Block } from './blocks';
import { ReportFormatError } from './errors';

export type CellBlock = Extract<Block, { kind: 'cell' }>;

export interface MinistrySpan {
  /** The ministry's name as printed in its banner. */
  readonly name: string;
  readonly bannerLine: number;
  /** The table cells of the span (A, B and T), in document order. */
  readonly cells: readonly CellBlock[];
  readonly firstLine: number;
  readonly lastLine: number;
}

/** Groups blocks into one span per ministry, in document order. Throws `ReportFormatError`. */
export function toMinistrySpans(blocks: readonly Block[]): MinistrySpan[] {
  const headers = blocks.flatMap((b, i) => (b.kind === 'tableHeader' && isTableStart(b.lines[0]) ? [i] : []));
  if (headers.length === 0) {
    throw new ReportFormatError(
      'no ministry table found: expected a banner 【府省等名：…】 followed by the table header "Ａ Ｂ / 取組時期・内容・成果… / ＷＬＢ取組指針若しくは…"',
    );
  }
  const paired = bannersInOrder(blocks, headers);
  // Where each span starts: its banner when the banner leads the header, else the header.
  const starts = headers.map((h, k) => {
    const before = previousNonFurniture(blocks, h);
    const leads = before !== undefined && blocks[before].kind === 'ministry' && (paired === null || paired[k] === before);
    return leads ? before : h;
  });
  const used = new Set<number>();
  const spans = headers.map((h, k) => {
    const start = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1] : blocks.length;
    let bannerIndex = paired?.[k] ?? (start !== h ? start : undefined);
    if (bannerIndex === undefined) {
      for (let i = h + 1; i < end; i++) if (blocks[i].kind === 'ministry') { bannerIndex = i; break; }
    }
    const headerLine = blocks[h].lines[0].no;
    if (bannerIndex === undefined) {
      throw new ReportFormatError('a ministry table has no banner 【府省等名：…】 before it or on its pages', headerLine);
    }
    used.add(bannerIndex);
    const banner = blocks[bannerIndex] as Extract<Block, { kind: 'ministry' }>;
    const cells = blocks.slice(h + 1, end).filter((b): b is CellBlock => b.kind === 'cell');
    const lastBlock = blocks[end - 1];
    return {
      name: banner.name,
      bannerLine: banner.lines[0].no,
      cells,
      firstLine: blocks[start].lines[0].no,
      lastLine: lastBlock.lines[lastBlock.lines.length - 1].no,
    };
  });
  blocks.forEach((b, i) => {
    if (b.kind === 'ministry' && !used.has(i)) {
      throw new ReportFormatError(`the banner 【府省等名：${b.name}】 belongs to no table (two banners for one table?)`, b.lines[0].no);
    }
  });
  return spans;
}

/**
 * Each table's banner when the report has one banner per table header: the k-th banner names the
 * k-th table, since a banner stands either just before its header or after the content of its first
 * page, so between the headers before and after its own. Null when the counts or that order do not
 * hold (the span's own search then finds, or misses, the banner).
 */
function bannersInOrder(blocks: readonly Block[], headers: readonly number[]): number[] | null {
  const banners = blocks.flatMap((b, i) => (b.kind === 'ministry' ? [i] : []));
  if (banners.length !== headers.length) return null;
  const fits = banners.every((b, k) => (k === 0 || b > headers[k - 1]) && (k + 1 === headers.length || b < headers[k + 1]));
  return fits ? banners : null;
}

function previousNonFurniture(blocks: readonly Block[], index: number): number | undefined {
  for (let i = index - 1; i >= 0; i--) {
    if (blocks[i].kind !== 'pageNumber') return i;
  }
  return undefined;
}
