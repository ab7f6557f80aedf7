/**
 * The terms of a search text without a dictionary, so that serving search does not need kuromoji
 * (its dictionary is ~300 MB of a server's memory; the ingest still uses it for the measures).
 *
 * A search text is short and mostly nouns: テレワーク, 多面観察, 管理職のマネジメント能力. Japanese
 * writes content words in kanji, katakana and Latin letters and grammar in hiragana, so the text is
 * cut at hiragana, spaces and punctuation; each run left is a term (管理職, マネジメント能力), as
 * kuromoji's compounds would be. For highlighting partial matches, the runs' parts are terms too: a
 * run cut where its script changes (マネジメント, 能力) and the character bigrams of a kanji part
 * longer than two (多面, 面観, 観察) — the bigrams Neo4j's CJK analyzer matched the documents by.
 * Runs that only say "do" or "improve" (推進, 実施: the stop nouns of the content terms) are dropped.
 */
import type { Term } from './contentTerms';
import { STOP_NOUNS } from './contentTerms';
import { displayForm, foldKey } from './normalize';

/** Characters of a content run: kanji (with 々 〆 ヶ), katakana (with ー), Latin letters and digits. */
const RUN_CHAR_RE = /[\p{Script=Han}々〆ヶ\p{Script=Katakana}ー\p{Script=Latin}\p{N}]/u;
const KANJI_CHAR_RE = /[\p{Script=Han}々〆ヶ]/u;
const HIRAGANA_CHAR_RE = /\p{Script=Hiragana}/u;
const KATAKANA_CHAR_RE = /[\p{Script=Katakana}ー]/u;
/** One-character particles: hiragana that ends a word rather than ending its reading. */
const PARTICLES = new Set(['の', 'を', 'に', 'が', 'は', 'で', 'と', 'も', 'へ', 'や', 'か', 'な']);
/** Where a run's script changes: kanji | katakana | the rest (Latin, digits, okurigana). */
const PART_RE = /[\p{Script=Han}々〆ヶ]+|[\p{Script=Katakana}ー・]+|[^\p{Script=Han}々〆ヶ\p{Script=Katakana}ー・]+/gu;
const KANJI_RE = /^[\p{Script=Han}々〆ヶ]+$/u;

/**
 * The runs of `display`: content characters; a lone okurigana after kanji ends its run (見直し,
 * 伴う | 休暇, 向け | の); a ・ between katakana joins (ガバメント・ソリューション).
 */
function runs(display: string): string[] {
  const chars = [...display];
  const out: string[] = [];
  let run = '';
  const flush = (): void => {
    if (run !== '') out.push(run);
    run = '';
  };
  chars.forEach((c, i) => {
    const next = chars[i + 1] ?? '';
    if (RUN_CHAR_RE.test(c) || (c === '・' && KATAKANA_CHAR_RE.test(run.slice(-1)) && KATAKANA_CHAR_RE.test(next))) {
      run += c;
    } else if (HIRAGANA_CHAR_RE.test(c) && !PARTICLES.has(c) && KANJI_CHAR_RE.test(run.slice(-1)) && (!HIRAGANA_CHAR_RE.test(next) || PARTICLES.has(next))) {
      run += c;
      flush();
    } else {
      flush();
    }
  });
  flush();
  return out;
}

/** The terms of `text`: whole runs first ('compound' when a run has parts), then their parts. */
export function queryTerms(text: string): Term[] {
  const out = new Map<string, Term>();
  const add = (surface: string, kind: Term['kind']): void => {
    const key = foldKey(surface);
    if ([...surface].length < 2 || STOP_NOUNS.has(surface) || out.has(key)) return;
    out.set(key, { key, surface, kind });
  };
  for (const run of runs(displayForm(text))) {
    const parts = [...run.matchAll(PART_RE)].map(([p]) => p);
    add(run, parts.length > 1 ? 'compound' : 'word');
    for (const part of parts) {
      if (parts.length > 1) add(part, 'word');
      if (KANJI_RE.test(part) && part.length > 2) for (let i = 0; i + 2 <= part.length; i++) add(part.slice(i, i + 2), 'word');
    }
  }
  return [...out.values()];
}
