/**
 * A search text → the Lucene query given to Neo4j's full-text indexes. The CJK analyzer cuts
 * Japanese into overlapping character bigrams, so the bare text also matches documents holding
 * any one bigram (観察 for 多面観察). Each content term of the text (kuromoji; compounds kept) is
 * therefore also asked for as a boosted phrase: documents holding the whole term rank first, while
 * the bare text keeps the partial matches for recall.
 */
import { displayForm } from './normalize';
import type { Term } from './contentTerms';

/** Lucene's special characters, which a user's text must not use as syntax. */
const SPECIAL_RE = /[+\-&|!(){}[\]^"~*?:\\/]/gu;
/** Boost of a whole-term phrase over the bare words. */
const PHRASE_BOOST = 3;
const MAX_PHRASES = 8;

export interface SearchTerms {
  /** The Lucene query string. */
  readonly lucene: string;
  /**
   * The terms a good match holds, longest first: the text's terms not inside a longer one
   * (多面観察, not 多面 and 観察), or the whole text when it has no content term.
   */
  readonly units: readonly string[];
  /** Every content term of the text (display form), for highlighting partial matches. */
  readonly terms: readonly string[];
}

/** The Lucene query and match units of `text` (whose content terms are `terms`). */
export function searchTerms(text: string, terms: readonly Term[]): SearchTerms {
  // Lower case: the index is lower-cased anyway, and AND, OR, NOT are operators only in capitals.
  const display = displayForm(text).trim().toLowerCase();
  const bare = display.replace(SPECIAL_RE, ' ').replace(/\s+/gu, ' ').trim();
  const distinct = [...new Map(terms.map((t) => [t.key, t.surface])).values()].map((s) => s.toLowerCase().replace(SPECIAL_RE, ' ').trim()).filter((s) => s !== '');
  const byLength = [...new Set(distinct)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const units: string[] = [];
  for (const t of byLength) if (!units.some((u) => u.includes(t))) units.push(t);
  const phrases = units.slice(0, MAX_PHRASES).map((u) => `"${u}"^${PHRASE_BOOST}`);
  return {
    lucene: [...phrases, bare].filter((s) => s !== '').join(' '),
    units: units.length > 0 ? units : bare === '' ? [] : [bare],
    terms: byLength,
  };
}
