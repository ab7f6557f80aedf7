/**
 * The report text as the metamorphic transforms see it: pages of pieces (a table cell, a banner, a
 * header, a page number) with the blank lines printed after each, grouped by ministry, and the
 * priority item each cell belongs to. Built once from the original report (with the extraction's
 * own first stages and its records, so a transform knows which title goes with which rows — the
 * meaning it must keep); rendered back to text after the transforms. `renderReport(buildReportModel(t))`
 * is `t` byte for byte.
 */
import { toBlocks, toLines, type Block } from '../../src/ingest/blocks';
import type { ReportRecords } from '../../src/ingest/records';
import { toMinistrySpans } from '../../src/ingest/spans';
import { compact } from '../../src/ingest/text';

export type PieceKind = 'text' | 'ministry' | 'tableHeader' | 'reportBanner' | 'itemHeader' | 'pageNumber' | 'A' | 'B' | 'T';

export interface Piece {
  readonly kind: PieceKind;
  /** The lines as printed (a page's first line without the page-start space). */
  readonly lines: readonly string[];
  /** The blank lines printed after it. */
  readonly gap: readonly string[];
  /** Id of the priority item the cell belongs to (its title, or a row of it); null for furniture. */
  readonly item: string | null;
  /** Line number of the piece in the original report (stable through transforms; for notes). */
  readonly origin: number;
}

export interface Page {
  readonly pieces: readonly Piece[];
  /**
   * How the page's start is marked: 'space' — its first line begins with one space; 'number' — it
   * follows a page number standing alone on a line (rendered with a space when no number precedes).
   */
  readonly marker: 'space' | 'number';
}

export interface MinistrySection {
  readonly name: string;
  readonly id: string;
  readonly pages: readonly Page[];
}

export interface ReportModel {
  /** Pages before the first ministry (the note on how to read the tables). */
  readonly preamble: readonly Page[];
  readonly ministries: readonly MinistrySection[];
}

/** Splits the original report into the model. Throws when the text does not read back identically. */
export function buildReportModel(text: string, records: ReportRecords): ReportModel {
  const raw = text.split('\n');
  const lines = toLines(text);
  const blocks = toBlocks(lines);
  const spans = toMinistrySpans(blocks);
  const owner = cellOwners(records);

  const pages: { marker: Page['marker']; pieces: Piece[]; firstLine: number }[] = [];
  blocks.forEach((block, i) => {
    const first = block.lines[0].no;
    const last = block.lines[block.lines.length - 1].no;
    const nextFirst = i + 1 < blocks.length ? blocks[i + 1].lines[0].no : raw.length + 1;
    const printed = raw.slice(first - 1, last);
    if (lines[first - 1].pageStart) {
      const afterNumber = pages.length > 0 && pages[pages.length - 1].pieces.at(-1)?.kind === 'pageNumber';
      const spaced = /^ [^ ]/u.test(printed[0]);
      pages.push({ marker: spaced || !afterNumber ? 'space' : 'number', pieces: [], firstLine: first });
      if (spaced) printed[0] = printed[0].slice(1);
    }
    const kind = pieceKind(block);
    pages[pages.length - 1].pieces.push({
      kind,
      lines: printed,
      gap: raw.slice(last, nextFirst - 1),
      item: kind === 'A' || kind === 'B' || kind === 'T' ? owner(block, kind) : null,
      origin: first,
    });
  });

  for (const page of pages) fixLeadingClauseOwners(page.pieces);
  const preamble = pages.filter((p) => p.firstLine < spans[0].firstLine);
  const ministries = spans.map((span) => {
    const record = records.ministries.find((m) => m.lineStart === span.firstLine);
    if (!record) throw new Error(`buildReportModel: no record for the ministry at line ${span.firstLine}`);
    const own = pages.filter((p) => p.firstLine >= span.firstLine && p.firstLine <= span.lastLine);
    for (const p of own) {
      const end = p.pieces[p.pieces.length - 1].origin;
      if (end > span.lastLine) throw new Error(`buildReportModel: the page at line ${p.firstLine} runs past ${span.name}`);
    }
    return { name: span.name, id: record.ministryId, pages: own.map(({ marker, pieces }) => ({ marker, pieces })) };
  });
  const model = { preamble: preamble.map(({ marker, pieces }) => ({ marker, pieces })), ministries };
  if (renderReport(model) !== text) throw new Error('buildReportModel: the model does not render back to the original text');
  return model;
}

/** The report text of a model. A page start is always marked, by a leading space or a page number. */
export function renderReport(model: ReportModel): string {
  const out: string[] = [];
  let previous: PieceKind | null = null;
  for (const page of allPages(model)) {
    page.pieces.forEach((piece, k) => {
      piece.lines.forEach((line, j) => {
        const pageFirst = k === 0 && j === 0;
        out.push(pageFirst && (page.marker === 'space' || previous !== 'pageNumber') ? ` ${line}` : line);
      });
      out.push(...piece.gap);
      previous = piece.kind;
    });
  }
  return out.join('\n');
}

/** Every page in print order. */
export function allPages(model: ReportModel): Page[] {
  return [...model.preamble, ...model.ministries.flatMap((m) => m.pages)];
}

/** The model with each page replaced (same order), e.g. to change its pieces. */
export function mapPages(model: ReportModel, f: (page: Page, ministry: MinistrySection | null) => Page): ReportModel {
  return {
    preamble: model.preamble.map((p) => f(p, null)),
    ministries: model.ministries.map((m) => ({ ...m, pages: m.pages.map((p) => f(p, m)) })),
  };
}

/** The model with each piece replaced (same order). */
export function mapPieces(model: ReportModel, f: (piece: Piece, ministry: MinistrySection | null) => Piece): ReportModel {
  return mapPages(model, (page, m) => ({ ...page, pieces: page.pieces.map((p) => f(p, m)) }));
}

/** A clause cell printed before any measure cell of its page belongs to the row of the measure cell after it. */
function fixLeadingClauseOwners(pieces: Piece[]): void {
  const firstA = pieces.findIndex((p) => p.kind === 'A');
  const next = pieces.slice(Math.max(firstA, 0)).find((p) => p.kind === 'A')?.item ?? null;
  pieces.forEach((p, i) => {
    if (p.kind === 'B' && (firstA < 0 || i < firstA)) pieces[i] = { ...p, item: firstA < 0 ? p.item : next };
  });
}

function pieceKind(block: Block): PieceKind {
  return block.kind === 'cell' ? block.cell : block.kind === 'ministry' ? 'ministry' : block.kind;
}

/**
 * Which item a cell belongs to, from the original records: a title cell by its text; a measure cell
 * by the lines of the measures; a clause cell by the measure cell it follows in its row.
 */
function cellOwners(records: ReportRecords): (block: Block, kind: 'A' | 'B' | 'T') => string | null {
  const titles = new Map<string, string>();
  const measureLines: { from: number; to: number; item: string }[] = [];
  for (const m of records.ministries) {
    for (const item of m.priorityItems) {
      titles.set(`${m.ministryId}\t${compact(item.title)}`, item.id);
      for (const x of item.measures) measureLines.push({ from: x.lineStart, to: x.lineEnd, item: item.id });
    }
  }
  let lastA: string | null = null;
  let ministryId = '';
  return (block, kind) => {
    const first = block.lines[0].no;
    const last = block.lines[block.lines.length - 1].no;
    ministryId = records.ministries.find((m) => m.lineStart <= first && first <= m.lineEnd)?.ministryId ?? ministryId;
    if (kind === 'T') return titles.get(`${ministryId}\t${compact(block.lines.map((l) => l.text.trim()).join(''))}`) ?? null;
    if (kind === 'A') {
      lastA = measureLines.find((x) => x.from <= last && first <= x.to)?.item ?? null;
      return lastA;
    }
    return lastA;
  };
}
