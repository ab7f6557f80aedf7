/**
 * The passage of a text that shows a match, with every match wrapped in <mark>…</mark> and the
 * rest HTML-escaped. Terms are found through match keys (case, width and kana folded), and a
 * longer term wins over a shorter one at the same place.
 */
import { displayForm, foldKey } from './normalize';

export interface SnippetOptions {
  /** Characters shown around the first match, about half on each side. */
  readonly width: number;
}

const DEFAULT_OPTIONS: SnippetOptions = { width: 90 };

/** The snippet of `text` for `terms`; the start of the text when no term occurs in it. */
export function snippet(text: string, terms: readonly string[], options: SnippetOptions = DEFAULT_OPTIONS): string {
  const display = displayForm(text).replace(/\s*\n\s*/gu, ' ');
  const key = foldKey(display);
  const marks = findMarks(key, terms);
  const first = marks[0];
  let from = 0;
  let to = Math.min(display.length, options.width);
  if (first) {
    from = Math.max(0, first.start - Math.floor(options.width / 3));
    // Start at a sentence when one begins shortly before the match.
    const sentence = display.lastIndexOf('。', first.start - 1);
    if (sentence >= from - 20 && sentence < first.start) from = sentence + 1;
    to = Math.min(display.length, Math.max(from + options.width, first.end));
  }
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const m of marks) {
    if (m.start < from || m.end > to) continue;
    out += escapeHtml(display.slice(at, m.start)) + '<mark>' + escapeHtml(display.slice(m.start, m.end)) + '</mark>';
    at = m.end;
  }
  out += escapeHtml(display.slice(at, to)) + (to < display.length ? '…' : '');
  return out;
}

/** Non-overlapping occurrences of the terms in `key`, in text order; longer terms first. */
function findMarks(key: string, terms: readonly string[]): { start: number; end: number }[] {
  const keys = [...new Set(terms.map((t) => foldKey(displayForm(t)).trim()).filter((t) => t !== ''))].sort((a, b) => b.length - a.length);
  const taken = new Uint8Array(key.length);
  const marks: { start: number; end: number }[] = [];
  for (const k of keys) {
    for (let i = key.indexOf(k); i !== -1; i = key.indexOf(k, i + 1)) {
      let free = true;
      for (let j = i; j < i + k.length && free; j++) free = taken[j] === 0;
      if (!free) continue;
      taken.fill(1, i, i + k.length);
      marks.push({ start: i, end: i + k.length });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}

function escapeHtml(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
