/**
 * The morphological analyser: kuromoji with the IPA dictionary it ships in its npm package. The
 * dictionary takes a couple of seconds to load, so it is loaded once per process, asynchronously,
 * on first use; every caller shares the same promise. The terms of a text are remembered (the most
 * recent TERM_CACHE_SIZE texts): an ingest analyses each measure for alignment, discovery and
 * lineage, and analysis is most of their time.
 */
import path from 'node:path';
import kuromoji from 'kuromoji';
import { contentTerms, type Term } from './contentTerms';
import { displayForm } from './normalize';

/** A loaded analyser. */
export interface TermTokenizer {
  /** The content terms of `text` (see contentTerms), in text order. */
  terms(text: string): Term[];
  /** The raw morphemes of `text` in display form (for tests and debugging). */
  morphemes(text: string): kuromoji.IpadicFeatures[];
}

/** Texts whose terms are kept (an entry is a short text and its few terms). */
export const TERM_CACHE_SIZE = 50_000;

let loading: Promise<TermTokenizer> | undefined;

/** The shared analyser, loading the dictionary on the first call. */
export function loadTokenizer(): Promise<TermTokenizer> {
  if (!loading) {
    loading = build().catch((error: unknown) => {
      loading = undefined; // a later call may try again
      throw error;
    });
  }
  return loading;
}

function build(): Promise<TermTokenizer> {
  const dicPath = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, tokenizer) => {
      if (error) {
        reject(new Error(`cannot load the kuromoji dictionary from ${dicPath}: ${error.message}`));
        return;
      }
      const morphemes = (text: string) => tokenizer.tokenize(displayForm(text));
      const cache = new Map<string, Term[]>();
      const terms = (text: string): Term[] => {
        let found = cache.get(text);
        if (found) {
          cache.delete(text); // most recently used goes last
        } else {
          found = contentTerms(morphemes(text));
          if (cache.size >= TERM_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        }
        cache.set(text, found);
        return [...found]; // callers may sort or filter their copy
      };
      resolve({ morphemes, terms });
    });
  });
}
