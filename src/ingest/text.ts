/**
 * Text helpers shared by the ingest stages: normalisation and the display width of a line, which
 * tells the report's three table columns apart (their widths survive the PDF-to-text conversion).
 */

/** NFKC-normalised text: full-width digits and letters become ASCII, ① stays ①. */
export function nfkc(text: string): string {
  return text.normalize('NFKC');
}

/** NFKC with all white space removed: the form used to compare and search Japanese text. */
export function compact(text: string): string {
  return nfkc(text).replace(/\s+/gu, '');
}

/**
 * The text with its width variants folded, and nothing else: full-width ASCII (１, Ａ, （, ：) becomes
 * ASCII and half-width katakana and punctuation (ｶﾀｶﾅ, ､｡｢｣･) become full width — NFKC restricted
 * to the Halfwidth and Fullwidth Forms block, so ①, ⑴ and Ⅱ keep the shapes the clause grammar
 * reads. Same length or shorter (a half-width voiced mark joins its kana).
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]+|[\uff61-\uff9f]+/gu, (run) => run.normalize('NFKC'));
}

/** Only the half-width katakana and punctuation of `foldWidth` (full-width ASCII is left as typed). */
export function foldHalfwidthKana(text: string): string {
  return text.replace(/[\uff61-\uff9f]+/gu, (run) => run.normalize('NFKC'));
}

/**
 * Width of a line in full-width character cells, as printed: wide (CJK, full-width) characters
 * count 1, narrow ones (ASCII, half-width kana) ½. Leading and trailing white space is ignored.
 */
export function displayWidth(line: string): number {
  let width = 0;
  for (const ch of line.trim()) width += isWide(ch) ? 1 : 0.5;
  return width;
}

/**
 * Width of a line for telling the table's columns apart, whatever widths its characters were typed
 * in: each character counts as its width-folded form (`foldWidth`: "５" as "5", "ｶ" as "カ") and
 * white space inside the line counts nothing (a converter puts spaces where the PDF has gaps; they do
 * not widen the column). A report typed with other digit widths, or converted with other spacing,
 * gives its cells the widths the column limits expect. Never wider than `displayWidth` for text
 * without half-width katakana.
 */
export function columnWidth(line: string): number {
  return displayWidth(foldWidth(line).replace(/\s+/gu, ''));
}

function isWide(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2460 && cp <= 0x24ff) || // circled digits ①, ⑴
    (cp >= 0x2160 && cp <= 0x217f) || // roman numerals Ⅱ
    (cp >= 0x25a0 && cp <= 0x25ff) || // ○ ■
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x20000
  );
}
