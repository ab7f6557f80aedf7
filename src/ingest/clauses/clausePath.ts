/**
 * Clause paths: how a chain of level numbers is written ("Ⅱ.3.(1)②ア") and how the forms users
 * type are brought back to that canonical spelling.
 */
import type { ClauseLevel } from './types';

const ROMAN = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', 'Ⅵ', 'Ⅶ', 'Ⅷ', 'Ⅸ', 'Ⅹ', 'Ⅺ', 'Ⅻ'];
const ASCII_ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/** Katakana points in the guideline's order (ア=1, イ=2 …). */
export const POINT_KANA = 'アイウエオカキクケコサシスセソタチツテト';

/** Ⅰ…Ⅻ for 1…12; the number in brackets beyond (the guideline has four parts). */
export function romanNumeral(n: number): string {
  return ROMAN[n - 1] ?? `[${n}]`;
}

/** ①…⑳, ㉑…㉟, ㊱…㊿ for 1…50. */
export function circledNumber(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return `[${n}]`;
}

/** The number a circled digit ①…⑳ / ㉑…㊿ stands for, or null. */
export function circledValue(ch: string): number | null {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x2460 && cp <= 0x2473) return cp - 0x2460 + 1;
  if (cp >= 0x3251 && cp <= 0x325f) return cp - 0x3251 + 21;
  if (cp >= 0x32b1 && cp <= 0x32bf) return cp - 0x32b1 + 36;
  return null;
}

/** The suffix one level adds to its parent's path ("Ⅱ", ".3", ".(1)", "②", "ア"). */
export function pathStep(level: ClauseLevel, n: number): string {
  switch (level) {
    case 'PART':
      return romanNumeral(n);
    case 'SECTION':
      return `.${n}`;
    case 'ITEM':
      return `.(${n})`;
    case 'SUBITEM':
      return circledNumber(n);
    case 'POINT':
      return POINT_KANA[n - 1] ?? `[${n}]`;
  }
}

/** The path of a clause numbered `n` at `level` under `parentPath` (null for a part). */
export function childPath(parentPath: string | null, level: ClauseLevel, n: number): string {
  return (parentPath ?? '') + pathStep(level, n);
}

/**
 * Canonical form of a clause path typed by a user, or null if it is not one.
 *
 * Accepts the canonical form (`Ⅱ.3.(1)②ア`), what NFKC makes of it (`II.3.(1)2ア`: Roman numerals as
 * ASCII letters, circled digits as plain digits), full-width digits, dots and brackets, `⑴`, spaces,
 * and lower-case Roman numerals. Levels must nest: a sub-item needs an item, a point a sub-item; a
 * part may go straight to an item (`Ⅳ.(1)③`). Returns e.g. "Ⅱ.3.(1)②ア".
 */
export function normalizeClausePath(input: string): string | null {
  // Circled digits are marked before NFKC turns them into plain digits, so that "Ⅱ.3②" is seen
  // as a sub-item without an item (malformed), not as section 32.
  const marked = [...input].map((ch) => (circledValue(ch) === null ? ch : `§${circledValue(ch)}`)).join('');
  const s = marked.normalize('NFKC').replace(/\s+/gu, '').replace(/[。]/gu, '.');
  const m = /^([IVXivx]+)(?:\.(\d+))?(?:\.?\((\d+)\))?(?:§?(\d+))?([ア-ト])?\.?$/u.exec(s);
  if (!m) return null;
  const [, roman, section, item, sub, point] = m;
  const part = ASCII_ROMAN.indexOf((roman ?? '').toUpperCase()) + 1;
  if (part === 0) return null;
  if (sub !== undefined && item === undefined) return null;
  if (point !== undefined && sub === undefined) return null;
  const nums = [section, item, sub].map((x) => (x === undefined ? undefined : Number(x)));
  if (nums.some((x) => x !== undefined && x < 1)) return null;
  const pointNo = point === undefined ? undefined : POINT_KANA.indexOf(point) + 1;
  if (pointNo === 0) return null;
  let path = romanNumeral(part);
  if (nums[0] !== undefined) path += pathStep('SECTION', nums[0]);
  if (nums[1] !== undefined) path += pathStep('ITEM', nums[1]);
  if (nums[2] !== undefined) path += pathStep('SUBITEM', nums[2]);
  if (pointNo !== undefined) path += pathStep('POINT', pointNo);
  return path;
}
