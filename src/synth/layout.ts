/**
 * The report's text layout, as the synthesiser writes it: cells wrapped at their column's width
 * (A 37 cells, title 22 — what the PDF conversion left, see src/ingest/blocks.ts), a measure read
 * into its tag and paragraphs and written back, and the fiscal year moved on.
 */
import { displayWidth } from '../ingest/text';

/** Widths the synthesiser wraps at: the A column's and the title column's usual line. */
export const A_WIDTH = 37;
export const TITLE_WIDTH = 22;

/** Status tags the parser splits measures at (src/ingest/measures.ts). */
export const STATUS_TAG_RE = /^【((?:新規|継続|拡充|見直し|終了|廃止)(?:[・･、](?:新規|継続|拡充|見直し|終了|廃止))*)】/u;
/** Paragraph markers of the A column. */
const MARKER_RE = /^[・･○◯〇\u3000]/u;
/** A line of the A column narrower than this ends its paragraph (as the parser reads it). */
const FULL_LINE_WIDTH = 34;
/**
 * Characters a wrapped line must not start with: markers would split the measure or start a
 * paragraph, punctuation would look wrong, and a leading space would mark a new page.
 */
const NO_LINE_START = new Set([...'・･○◯〇【\u3000 、。，．）」』】！？ー']);

/** Wraps `text` at `width` cells; a line never starts with a marker, punctuation or a space. */
export function wrap(text: string, width: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start;
    let w = 0;
    while (end < chars.length && w + displayWidth(chars[end]) <= width) w += displayWidth(chars[end++]);
    if (end < chars.length) {
      // Move the break back until the next line may start there (never emptying this line).
      let cut = end;
      while (cut > start + 1 && NO_LINE_START.has(chars[cut])) cut--;
      if (cut > start + 1) end = cut;
    }
    lines.push(chars.slice(start, end).join(''));
    start = end;
  }
  return lines;
}

/** A measure as printed: where it starts, its tag, and its paragraphs (marker and text). */
export interface MeasureShape {
  /** The first line opens a PDF page (printed with one leading space). */
  readonly pageStart: boolean;
  /** The tag as printed (【継続】) or null. */
  readonly tag: string | null;
  /** The tag stands on a line of its own. */
  readonly tagOwnLine: boolean;
  readonly paragraphs: readonly Paragraph[];
}

export interface Paragraph {
  /** ・, ○, a full-width space, or ''. */
  readonly marker: string;
  readonly body: string;
}

/** Reads a measure's printed lines (non-blank, in order) into its shape. */
export function readShape(lines: readonly string[]): MeasureShape {
  const pageStart = /^ [^ ]/u.test(lines[0]);
  const first = lines[0].trim();
  const tag = STATUS_TAG_RE.exec(first)?.[0] ?? null;
  const rest = [tag === null ? first : first.slice(tag.length).trim(), ...lines.slice(1).map((l) => l.trim())];
  const tagOwnLine = tag !== null && rest[0] === '';
  const paragraphs: { marker: string; body: string }[] = [];
  let previousWidth = Infinity;
  rest.forEach((line, i) => {
    if (line === '') return;
    const marker = MARKER_RE.exec(line)?.[0] ?? '';
    const width = displayWidth(i === 0 ? first : line);
    if (paragraphs.length === 0 || marker !== '' || previousWidth < FULL_LINE_WIDTH) {
      paragraphs.push({ marker, body: line.slice(marker.length) });
    } else {
      paragraphs[paragraphs.length - 1].body += line;
    }
    previousWidth = width;
  });
  return { pageStart, tag, tagOwnLine, paragraphs };
}

/** Writes a measure back as lines of the A column. */
export function writeShape(shape: MeasureShape): string[] {
  const lines: string[] = [];
  if (shape.tag !== null && shape.tagOwnLine) lines.push(shape.tag);
  shape.paragraphs.forEach((p, i) => {
    const lead = i === 0 && shape.tag !== null && !shape.tagOwnLine ? shape.tag : '';
    lines.push(...wrap(lead + p.marker + p.body, A_WIDTH));
  });
  if (shape.pageStart) lines[0] = ` ${lines[0]}`;
  return lines;
}

const DIGITS = '０１２３４５６７８９';

/**
 * 令和N → 令和N+1 everywhere in `text` (full-width digits stay full width; 令和元 becomes 令和２).
 * A year may be cut by a line break (令和 / ５年), which stays where it was.
 */
export function shiftReiwa(text: string): string {
  return text.replace(/令\n?和\n?(元|(?:[0-9０-９]\n?)*[0-9０-９])/gu, (match: string, year: string) => {
    if (year === '元') return match.replace('元', '２');
    const digits = year.replace(/\n/gu, '');
    const wide = /[０-９]/u.test(digits);
    const value = String(Number(digits.replace(/[０-９]/gu, (d) => String(DIGITS.indexOf(d)))) + 1);
    const next = [...(wide ? value.replace(/[0-9]/gu, (d) => DIGITS[Number(d)]) : value)];
    // Digits replaced one for one in place, line breaks kept; a digit more (9 → 10) goes after the last.
    let k = 0;
    const out = [...match].map((ch) => (/[0-9０-９]/u.test(ch) ? next[k++] : ch)).join('');
    return out + next.slice(k).join('');
  });
}

/** ASCII digits as full-width ones (令和6年度 → 令和６年度, as the report prints years). */
export function wideDigits(text: string): string {
  return text.replace(/[0-9]/gu, (d) => DIGITS[Number(d)]);
}
