/**
 * Parses one B cell ("ＷＬＢ取組指針若しくは各府省取組計画の該当箇所") into the references it
 * names. Pure: no knowledge of the guideline, only of how references are written.
 */
import { foldHalfwidthKana } from '../text';
import { tokenizeClauseRef } from './tokenizeClauseRef';
import { CLAUSE_LEVELS, depthOf, type ClauseLevel, type Segment, type SegmentNode } from './types';

/**
 * One reference paragraph of a cell. `chains`: level markers were found; `roots` is the tree the
 * cell draws ("（１）… ②… ③… （２）…" gives one item with two sub-items, then a second item).
 * `text`: no marker at all, e.g. "（別添）具体的な取組事項" (a plan reference by nature).
 * `label` is a leading line such as "・業務見直し" naming the measure the reference is for.
 */
export type ReferenceBlock =
  | { kind: 'chains'; label: string | null; roots: SegmentNode[]; leftover: string[]; raw: string }
  | { kind: 'text'; label: string | null; text: string };

/** A parsed B cell: its reference paragraphs in order (several when each has a label line). */
export interface ParsedClauseRef {
  blocks: ReferenceBlock[];
}

const BULLET = /^[・○●◯■□◆◇]/u;
const CONNECTOR_END = /(?:及び|並びに|、|，|,)$/u;
const CONNECTOR_START = /^(?:及び|並びに|、|，|,)/u;

/**
 * Parses a B cell as printed (line breaks kept, wraps anywhere, blank lines allowed, katakana in
 * either width).
 *
 * Lines are trimmed and joined without a separator, since the PDF wraps Japanese text in the middle
 * of words and numbers. A line starting with a bullet (・) that is followed by a line starting a
 * reference is a label and opens a new paragraph; so is any text standing before a part marker.
 * Text before a first marker that is not a part ("「ワーク…」３．…") is an un-numbered segment one
 * level above that marker.
 */
export function parseClauseRef(text: string): ParsedClauseRef {
  // Half-width katakana (ｱ, ﾃﾚﾜｰｸ) read as full width: a point ア, and the katakana words a point
  // must not be cut from, look the same in either width.
  const lines = foldHalfwidthKana(text).split(/\r?\n/u).map((l) => l.trim());
  const groups: { label: string | null; lines: string[] }[] = [];
  let current: { label: string | null; lines: string[] } | null = null;
  lines.forEach((line, idx) => {
    if (line === '') return;
    const next = lines.slice(idx + 1).find((l) => l !== '');
    if (BULLET.test(line) && next !== undefined && startsReference(next)) {
      current = { label: line.replace(BULLET, '').trim(), lines: [] };
      groups.push(current);
      return;
    }
    if (current === null) {
      current = { label: null, lines: [] };
      groups.push(current);
    }
    current.lines.push(line);
  });
  return { blocks: groups.map((g) => parseParagraph(g.lines, g.label)) };
}

/** Root-to-leaf chains of a block's segment tree: one chain per reference the block names. */
export function chainsOf(roots: readonly SegmentNode[]): SegmentNode[][] {
  const out: SegmentNode[][] = [];
  const walk = (node: SegmentNode, path: SegmentNode[]): void => {
    const here = [...path, node];
    if (node.children.length === 0) out.push(here);
    else for (const child of node.children) walk(child, here);
  };
  for (const root of roots) walk(root, []);
  return out;
}

/** Every segment of a block's tree with its parent segment (null for a root), parents first. */
export function segmentsWithParents(roots: readonly SegmentNode[]): { node: SegmentNode; parent: SegmentNode | null }[] {
  const out: { node: SegmentNode; parent: SegmentNode | null }[] = [];
  const walk = (node: SegmentNode, parent: SegmentNode | null): void => {
    out.push({ node, parent });
    for (const child of node.children) walk(child, node);
  };
  for (const root of roots) walk(root, null);
  return out;
}

function startsReference(line: string): boolean {
  return tokenizeClauseRef(line)[0]?.start === 0 || line.startsWith('「');
}

function parseParagraph(lines: string[], label: string | null): ReferenceBlock {
  const lineStarts = new Set<number>();
  let body = '';
  for (const line of lines) {
    lineStarts.add(body.length);
    body += line;
  }
  const markers = tokenizeClauseRef(body, lineStarts);
  const first = markers[0];
  if (first === undefined) return { kind: 'text', label, text: body };

  const leftover: string[] = [];
  const segments: Segment[] = [];
  const leading = body.slice(0, first.start).trim();
  if (leading !== '') {
    if (first.level === 'PART') {
      // Nothing ranks above a part: text before it names the measure, it is not a clause.
      if (label === null) label = leading.replace(BULLET, '').trim();
      else leftover.push(leading);
    } else {
      segments.push(segmentOf(levelAbove(first.level), null, leading, leading, leftover));
    }
  }
  markers.forEach((m, k) => {
    const end = markers[k + 1]?.start ?? body.length;
    segments.push(segmentOf(m.level, m.number, body.slice(m.end, end), body.slice(m.start, end), leftover));
  });
  return { kind: 'chains', label, roots: nest(segments), leftover, raw: body };
}

function segmentOf(
  level: ClauseLevel,
  number: number | null,
  titleText: string,
  rawText: string,
  leftover: string[],
): Segment {
  return { level, number, title: cleanTitle(titleText, leftover), raw: stripConnectors(rawText.trim(), []) };
}

/** Title without separators, connectors (及び) and enclosing 「」; connectors go to `leftover`. */
function cleanTitle(text: string, leftover: string[]): string {
  let t = stripConnectors(text.trim(), leftover);
  if (t.startsWith('「') && t.indexOf('」') === t.length - 1) t = t.slice(1, -1).trim();
  return t;
}

function stripConnectors(text: string, leftover: string[]): string {
  let t = text;
  for (;;) {
    const end = CONNECTOR_END.exec(t) ?? CONNECTOR_START.exec(t);
    if (!end) return t;
    leftover.push(end[0]);
    t = (end.index === 0 ? t.slice(end[0].length) : t.slice(0, end.index)).trim();
  }
}

function levelAbove(level: ClauseLevel): ClauseLevel {
  return CLAUSE_LEVELS[Math.max(0, depthOf(level) - 2)] ?? 'PART';
}

/** Nests segments by level: each goes under the nearest preceding segment of a higher level. */
function nest(segments: Segment[]): SegmentNode[] {
  const roots: SegmentNode[] = [];
  const stack: SegmentNode[] = [];
  for (const s of segments) {
    const node: SegmentNode = { ...s, children: [] };
    while (stack.length > 0 && depthOf(stack[stack.length - 1]!.level) >= depthOf(s.level)) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

