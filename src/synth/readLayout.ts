/**
 * What the synthesiser needs to know of the source text's layout, read with the parser's own first
 * stages (src/ingest/blocks.ts, spans.ts): which column each line's cell is, where pages and
 * ministry sections start, and the page banner as printed.
 */
import { toBlocks, toLines, type ReportLine } from '../ingest/blocks';
import { toMinistrySpans } from '../ingest/spans';

export interface Layout {
  readonly cellKind: ReadonlyMap<number, 'A' | 'B' | 'T'>;
  /** The lines of the cell each line belongs to. */
  readonly cellLines: ReadonlyMap<number, readonly ReportLine[]>;
  readonly pageStart: ReadonlySet<number>;
  readonly nonBlank: ReadonlySet<number>;
  /** The two lines of the page banner, as printed. */
  readonly banner: readonly string[];
  /** First line of each ministry's section. */
  readonly spanStarts: readonly number[];
  text(no: number): string;
}

/** The layout of `text`. Throws a `TypeError` when it has no page banner. */
export function readLayout(text: string): Layout {
  const lines = toLines(text);
  const blocks = toBlocks(lines);
  const cellKind = new Map<number, 'A' | 'B' | 'T'>();
  const cellLines = new Map<number, readonly ReportLine[]>();
  for (const b of blocks) {
    if (b.kind !== 'cell') continue;
    for (const l of b.lines) {
      cellKind.set(l.no, b.cell);
      cellLines.set(l.no, b.lines);
    }
  }
  const banner = blocks.find((b) => b.kind === 'reportBanner');
  if (!banner) throw new TypeError('synthesizeNextYear: the text has no page banner');
  return {
    cellKind,
    cellLines,
    pageStart: new Set(lines.filter((l) => l.pageStart).map((l) => l.no)),
    nonBlank: new Set(lines.filter((l) => l.text.trim() !== '').map((l) => l.no)),
    banner: banner.lines.map((l) => l.text.trim()),
    spanStarts: toMinistrySpans(blocks).map((s) => s.firstLine),
    text: (no) => lines[no - 1].text,
  };
}
