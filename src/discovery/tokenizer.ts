/**
 * The morphological analyser: kuromoji with the IPA dictionary it ships in its npm package. The
 * dictionary takes a couple of seconds to load, so it is loaded once per process, asynchronously,
 * on first use; every caller shares the same promise.
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
      // kuromoji throws on U+0000 (its lattice has no node for it); a NUL separates, like a space.
      const morphemes = (text: string) => tokenizer.tokenize(displayForm(text).replace(/\u0000/gu, ' '));
      resolve({ morphemes, terms: (text) => contentTerms(morphemes(text)) });
    });
  });
}
