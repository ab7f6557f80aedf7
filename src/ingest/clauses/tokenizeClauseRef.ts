/**
 * Finds the level markers in a B cell's text once its lines are joined: Ⅱ / 第２ (part), ３． / 1. /
 * ３　/ ３ before a title (section), （１）/ (1) / ⑴ (item), ① (sub-item), ア (point). Everything
 * between two markers is the first marker's title.
 */
import { circledValue, POINT_KANA } from './clausePath';
import type { ClauseLevel } from './types';

/** A level marker found in the text: `[start, end)` covers the marker and its separator. */
export interface ClauseMarker {
  level: ClauseLevel;
  number: number;
  start: number;
  end: number;
}

const ASCII_ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const DIGITS = '0-9０-９';
/** Characters after a number that make it a count or date, not a section number. */
const UNIT_AFTER_NUMBER = /[年月日時分秒件名回人歳級号条割倍個点つ％%]/u;
const KATAKANA = /[ァ-ヺー]/u;

/** The number written with ASCII or full-width digits. */
export function digitValue(text: string): number {
  return Number(text.normalize('NFKC'));
}

/**
 * Markers of `text` (a B cell with its line breaks removed), in order. `lineStarts` holds the
 * offsets where a printed line began, which count as white space for 第N and ASCII Roman parts.
 *
 * Ambiguous shapes are read with the help of their surroundings: a bare digit is a section number
 * only when no letter or digit precedes it and a separator or a title follows (so "20％", "1on1"
 * and "4.1" are not); 第N is a part only at the start or after white space; a katakana letter is a
 * point only right after a sub-item's title, standing alone between non-katakana characters (so the
 * ア of a wrapped キャリ/ア is not).
 */
export function tokenizeClauseRef(text: string, lineStarts: ReadonlySet<number> = new Set()): ClauseMarker[] {
  const markers: ClauseMarker[] = [];
  let i = 0;
  while (i < text.length) {
    const found = markerAt(text, i, markers[markers.length - 1]?.level, lineStarts.has(i));
    if (found) {
      markers.push(found);
      i = found.end;
    } else {
      i++;
    }
  }
  return markers;
}

function markerAt(
  text: string,
  i: number,
  previous: ClauseLevel | undefined,
  lineStart: boolean,
): ClauseMarker | null {
  const rest = text.slice(i);
  const before = i > 0 ? text[i - 1] ?? '' : '';
  const atBoundary = i === 0 || lineStart || /\s/u.test(before);
  const ch = rest[0] ?? '';
  const cp = ch.codePointAt(0) ?? 0;

  // Part: Ⅰ…Ⅹ, 第２, or ASCII I…X (what NFKC makes of Ⅱ) standing on its own.
  if (cp >= 0x2160 && cp <= 0x2169) return withSeparator(text, 'PART', cp - 0x2160 + 1, i, i + 1);
  // A converter may put a space between 第 and a half-width number (第 2).
  const dai = new RegExp(`^第\\s*([${DIGITS}]{1,2})(?![${DIGITS}])`, 'u').exec(rest);
  if (dai && atBoundary) return withSeparator(text, 'PART', digitValue(dai[1] ?? ''), i, i + dai[0].length);
  const roman = /^([IVX]{1,4})(?=[.．\s「」]|$)/u.exec(rest);
  if (roman && atBoundary && ASCII_ROMAN.includes(roman[1] ?? '')) {
    return withSeparator(text, 'PART', ASCII_ROMAN.indexOf(roman[1] ?? '') + 1, i, i + roman[0].length);
  }

  // Item: （１）, (1), ⑴…⒇, optionally followed by ．
  const paren = new RegExp(`^[（(]\\s*([${DIGITS}]{1,2})\\s*[）)]`, 'u').exec(rest);
  if (paren) return withSeparator(text, 'ITEM', digitValue(paren[1] ?? ''), i, i + paren[0].length);
  if (cp >= 0x2474 && cp <= 0x2487) return withSeparator(text, 'ITEM', cp - 0x2474 + 1, i, i + 1);

  // Sub-item: ①…
  const circled = circledValue(ch);
  if (circled !== null) return withSeparator(text, 'SUBITEM', circled, i, i + 1);

  // Section: a small number not glued to other letters or digits, followed by ．/ . / space / title.
  const num = new RegExp(`^([${DIGITS}]{1,2})(?![${DIGITS}])`, 'u').exec(rest);
  if (num && !/[0-9０-９A-Za-zＡ-Ｚａ-ｚ.．(（]/u.test(before)) {
    const after = rest.slice(num[0].length);
    const next = after[0] ?? '';
    const dotted = /^[.．](?![0-9０-９])/u.test(after);
    const spaced = /^\s/u.test(after);
    const titled = next !== '' && !/[0-9０-９A-Za-zＡ-Ｚａ-ｚ\s.．,，、。)）]/u.test(next) && !UNIT_AFTER_NUMBER.test(next);
    if (dotted || spaced || titled) {
      return withSeparator(text, 'SECTION', digitValue(num[1] ?? ''), i, i + num[0].length);
    }
  }

  // Point: ア after a sub-item (or point) title, not part of a katakana word.
  if ((previous === 'SUBITEM' || previous === 'POINT') && POINT_KANA.includes(ch) && ch !== '') {
    const next = rest[1] ?? '';
    if (!KATAKANA.test(before) && next !== '' && !KATAKANA.test(next)) {
      return withSeparator(text, 'POINT', POINT_KANA.indexOf(ch) + 1, i, i + 1);
    }
  }
  return null;
}

/** The marker, its end moved past the separator that may follow it ("．", ".", "、", spaces). */
function withSeparator(text: string, level: ClauseLevel, number: number, start: number, end: number): ClauseMarker {
  let e = end;
  while (e < text.length && /[.．、,，:：\s]/u.test(text[e] ?? '')) e++;
  return { level, number, start, end: e };
}
