/**
 * Text normalisation for matching Japanese text. Two forms:
 * - `displayForm`: NFKC (full-width ASCII and digits become narrow, half-width kana become full
 *   width), with the hyphens the PDF conversion left inside katakana words read as the long vowel
 *   mark (コミュニケ－ション → コミュニケーション). It is what snippets show.
 * - `matchKey`: the display form, lower-cased, with hiragana folded to katakana. Every change is one
 *   character for one character, so a position in a key is the same position in the display form.
 *   Keys are only compared, never shown.
 */

/** Hyphens and minus signs that stand for ー between katakana in the converted PDF text. */
const KATAKANA_HYPHEN_RE = /(?<=[\u30a1-\u30fa\u30fc])[-\u2010-\u2015\u2212\uff0d\uff70](?=[\u30a1-\u30fa\u30fc]|$)/gu;

/** NFKC, with hyphens inside katakana words turned into ー. Same length as NFKC. */
export function displayForm(text: string): string {
  return text.normalize('NFKC').replace(KATAKANA_HYPHEN_RE, 'ー');
}

/** The comparison key of a display-form string: lower case, hiragana folded to katakana. Same length. */
export function foldKey(display: string): string {
  // Lower-casing keeps the length for nearly every text; the rare character whose lower case is
  // longer (İ) makes us lower-case one character at a time, keeping such characters as they are.
  const whole = display.toLowerCase();
  const lower = whole.length === display.length ? whole : lowerKeepingLength(display);
  // ぁ (U+3041) … ゖ (U+3096) map to ァ … ヶ, ゝゞ to ヽヾ: 0x60 above. A loop over code units, not a
  // replace with a function (called once per hiragana: twice the time; search folds every candidate).
  let folded = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 0x3041 && c <= 0x3096) || c === 0x309d || c === 0x309e) {
      folded += lower.slice(from, i) + String.fromCharCode(c + 0x60);
      from = i + 1;
    }
  }
  return from === 0 ? lower : folded + lower.slice(from);
}

function lowerKeepingLength(display: string): string {
  let out = '';
  for (const original of display) {
    const lower = original.toLowerCase();
    out += lower.length === original.length ? lower : original;
  }
  return out;
}

/** `foldKey(displayForm(text))`: the key of raw text. */
export function matchKey(text: string): string {
  return foldKey(displayForm(text));
}

/** The key with white space removed (how theme terms are looked for in a measure's text). */
export function compactKey(text: string): string {
  return matchKey(text).replace(/\s+/gu, '');
}
