/**
 * Stage 3 — a ministry's cells to table rows and title cells. On a PDF page the text gives each row's
 * A cell (one or more blocks of measure text) and then its B cell (one or more clause blocks); the
 * priority-item titles (T) come apart from their rows. A page can also open with a B cell whose A
 * text follows it (the row's cells were extracted in the other order); such a row ends with its page.
 */
import type { ReportLine } from './blocks';
import type { CellBlock, MinistrySpan } from './spans';
import { compact, displayWidth } from './text';

export interface TableRow {
  /** 0-based position of the row in its ministry's table. */
  readonly index: number;
  readonly page: number;
  /** Blocks of the A cell (measure text), in order. */
  readonly a: readonly (readonly ReportLine[])[];
  /** Blocks of the B cell (clause references), in order. */
  readonly b: readonly (readonly ReportLine[])[];
}

export interface TitleCell {
  readonly text: string;
  readonly lines: readonly ReportLine[];
  readonly page: number;
  /** How many rows had been read when the title was printed (its place in the text flow). */
  readonly rowsBefore: number;
}

export interface SpanTable {
  readonly rows: readonly TableRow[];
  readonly titles: readonly TitleCell[];
}

/** Reads a ministry span as rows and title cells. */
export function toTable(span: MinistrySpan): SpanTable {
  const cells = splitJoinedClauseAndTitle(span.cells);
  const rows: { page: number; a: ReportLine[][]; b: ReportLine[][]; bFirst: boolean }[] = [];
  const titles: TitleCell[] = [];
  let current: (typeof rows)[number] | undefined;

  // Titles are printed after the rows of their page: once a page's titles have been read, its rows
  // are complete, and A text on a later page starts a new row even if the last row had no B cell.
  let titlesAfterRow = false;
  for (const cell of cells) {
    if (current && cell.page !== current.page && current.bFirst && current.a.length > 0) current = undefined;
    if (current && cell.cell === 'A' && cell.page !== current.page && titlesAfterRow) current = undefined;
    switch (cell.cell) {
      case 'A':
        // An A cell cut by a page break continues its row until the row's B cell has been read.
        if (!current || (current.b.length > 0 && !current.bFirst)) {
          current = { page: cell.page, a: [], b: [], bFirst: false };
          rows.push(current);
        }
        current.a.push([...cell.lines]);
        titlesAfterRow = false;
        break;
      case 'B':
        if (!current || (current.bFirst && current.a.length > 0) || (current.b.length > 0 && !current.bFirst && cell.page !== current.page)) {
          current = { page: cell.page, a: [], b: [], bFirst: true };
          rows.push(current);
        }
        current.b.push([...cell.lines]);
        break;
      case 'T':
        titles.push({ text: joinTitle(cell.lines), lines: cell.lines, page: cell.page, rowsBefore: rows.length });
        titlesAfterRow = true;
        break;
      default: {
        const unreachable: never = cell.cell;
        throw new Error(`unknown cell kind ${String(unreachable)}`);
      }
    }
  }
  return {
    rows: rows.map((r, index) => ({ index, page: r.page, a: r.a, b: r.b })),
    titles,
  };
}

/** A title cell's text: its lines joined (the wraps are the column's, not the author's). */
function joinTitle(lines: readonly ReportLine[]): string {
  return lines.map((l) => l.text.trim()).join('');
}

/**
 * The PDF can print a short B cell and the title beside it on one line
 * ("（別添）具体的な取組事項やりがいにつながる…"). When a one-line cell starts with the full text of a
 * B cell printed elsewhere in the same ministry, it is cut into that B cell and a title.
 */
function splitJoinedClauseAndTitle(cells: readonly CellBlock[]): CellBlock[] {
  const clauseTexts = new Set(cells.filter((c) => c.cell === 'B' && c.lines.length === 1).map((c) => compact(joinTitle(c.lines))));
  return cells.flatMap((cell): CellBlock[] => {
    if (cell.lines.length !== 1) return [cell];
    const line = cell.lines[0];
    const text = line.text.trim();
    for (const clause of clauseTexts) {
      const cut = prefixLength(text, clause);
      if (cut > 0 && cut < text.length) {
        const b = text.slice(0, cut);
        const t = text.slice(cut).trim();
        return [
          { ...cell, cell: 'B', lines: [{ ...line, text: b, width: displayWidth(b) }] },
          { ...cell, cell: 'T', lines: [{ ...line, text: t, width: displayWidth(t) }] },
        ];
      }
    }
    return [cell];
  });
}

/** Length of the prefix of `text` whose compact form equals `compactPrefix`, or 0. */
function prefixLength(text: string, compactPrefix: string): number {
  for (let i = 1; i <= text.length; i++) {
    const head = compact(text.slice(0, i));
    if (head === compactPrefix) return i;
    if (!compactPrefix.startsWith(head)) return 0;
  }
  return 0;
}
