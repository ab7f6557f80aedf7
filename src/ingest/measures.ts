/**
 * Stage 5 — a row's A cell to measures (SPEC: "measures"). The cell is split
 * - at each status tag 【継続】【新規】【新規・継続】 (the tag is the measure's status);
 * - else at each line that starts with ○; failing that, at each line that starts with ・
 *   (a lead-in line stays with what follows it);
 * - else it is one measure with no status.
 * Bullets inside a tagged or ○ block, and paragraphs without a marker, belong to the measure above.
 */
import type { ReportLine } from './blocks';
import { compact, nfkc } from './text';

export interface ParsedMeasure {
  /** The status tag's text (新規, 継続, 新規・継続), or null for an untagged measure. */
  readonly status: string | null;
  /** The measure's text: PDF line wraps joined; bullets and paragraphs on lines of their own. */
  readonly text: string;
  /** SPEC's head: first 15 characters after the tag and leading ・ ○ or space, NFKC, no white space. */
  readonly head: string;
  readonly lineStart: number;
  readonly lineEnd: number;
}

/** Status words a tag may combine: 【新規】, 【継続】, 【新規・継続】 and their kin. */
const STATUS_TAG_RE = /^【((?:新規|継続|拡充|見直し|終了|廃止)(?:[・･、](?:新規|継続|拡充|見直し|終了|廃止))*)】/u;
const CIRCLE_RE = /^[○◯〇]/u;
const BULLET_RE = /^[・･]/u;
/** Lines at least this wide are full lines of the A column; a shorter one ending a sentence ends a paragraph. */
const FULL_LINE_WIDTH = 34;

interface Line {
  readonly no: number;
  readonly text: string;
  readonly width: number;
  /** First line of a block (a blank line stood before it). */
  readonly blockStart: boolean;
}

/** Splits the A cell of one row (its blocks, in order) into measures. */
export function splitMeasures(blocks: readonly (readonly ReportLine[])[]): ParsedMeasure[] {
  const lines: Line[] = blocks.flatMap((block) =>
    block.map((l, i) => ({ no: l.no, text: l.text.trim(), width: l.width, blockStart: i === 0 })),
  );
  if (lines.length === 0) return [];
  const splitAt = chooseSplit(lines);
  const groups: Line[][] = [[]];
  // A lead-in before the first marker stays with the first measure rather than standing alone.
  let markerSeen = false;
  for (const line of lines) {
    if (splitAt !== null && splitAt.test(line.text)) {
      if (markerSeen) groups.push([]);
      markerSeen = true;
    }
    groups[groups.length - 1].push(line);
  }
  return groups.map(toMeasure);
}

/** The marker measures are split at: the first kind the cell uses, in SPEC's order. */
function chooseSplit(lines: readonly Line[]): RegExp | null {
  for (const marker of [STATUS_TAG_RE, CIRCLE_RE, BULLET_RE]) {
    if (lines.some((l) => marker.test(l.text))) return marker;
  }
  return null;
}

function toMeasure(group: readonly Line[]): ParsedMeasure {
  const tagLine = group.find((l) => STATUS_TAG_RE.test(l.text));
  const status = tagLine ? STATUS_TAG_RE.exec(tagLine.text)![1].replace(/[･、]/gu, '・') : null;
  const lines = group.map((l) => (l === tagLine ? { ...l, text: l.text.replace(STATUS_TAG_RE, '').trim() } : l));
  const text = joinLines(lines);
  return {
    status,
    text,
    head: headOf(text),
    lineStart: group[0].no,
    lineEnd: group[group.length - 1].no,
  };
}

/**
 * Joins PDF line wraps. A new line starts at a bullet, ○, tag or indented line, after a blank line,
 * and after a short line that ends a sentence.
 */
function joinLines(lines: readonly Line[]): string {
  let out = '';
  let previous: Line | undefined;
  for (const line of lines) {
    if (line.text === '') continue;
    const startsParagraph =
      line.blockStart ||
      BULLET_RE.test(line.text) ||
      CIRCLE_RE.test(line.text) ||
      STATUS_TAG_RE.test(line.text) ||
      /^[【　]/u.test(line.text) ||
      (previous !== undefined && previous.width < FULL_LINE_WIDTH);
    // PDF wraps fall anywhere, even inside an English word, so wrapped lines join with nothing.
    if (out !== '' && startsParagraph) out += '\n';
    out += line.text.replace(/^\u3000+/u, '');
    previous = line;
  }
  return out.replace(/^[・･○◯〇\s]+/u, '');
}

/** SPEC's head of a measure text. */
export function headOf(text: string): string {
  const body = nfkc(text).replace(/^[・･○◯〇\s]+/u, '');
  return [...compact(body)].slice(0, 15).join('');
}
