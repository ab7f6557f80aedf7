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

/**
 * Lets the analyser go: the next `loadTokenizer` loads the dictionary again. The server calls it
 * after loading a report at start-up, so the ~300 MB dictionary is not kept for serving (search
 * reads its text without it: queryTerms.ts).
 */
export function releaseTokenizer(): void {
  loading = undefined;
}

function build(): Promise<TermTokenizer> {
  const dicPath = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, tokenizer) => {
      if (error) {
        reject(new Error(`cannot load the kuromoji dictionary from ${dicPath}: ${error.message}`));
        return;
      }
      trimDictionaryPadding(tokenizer);
      // kuromoji throws on U+0000 (its lattice has no node for it); a NUL separates, like a space.
      const morphemes = (text: string) => tokenizer.tokenize(displayForm(text).replace(/\u0000/gu, ' '));
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

/** The byte buffers of kuromoji's dictionaries, as loaded (internal fields of its Tokenizer). */
interface PaddedDictionaries {
  token_info_dictionary?: { dictionary?: { buffer: Uint8Array }; pos_buffer?: { buffer: Uint8Array } };
  unknown_dictionary?: { dictionary?: { buffer: Uint8Array }; pos_buffer?: { buffer: Uint8Array } };
}

/**
 * kuromoji's dictionary files hold their builder's whole buffers: 10 MiB or 40 MiB each, of which the
 * unknown-word dictionary uses 2 KB and the token dictionary 40 MB of 52. Loaded as they are, the
 * zero padding stays in memory (about 33 MB of the server's resident size, bench/RESULTS.md): each
 * buffer is cut after its last non-zero byte, with a margin (reads stop at the entries' own ends,
 * so they never reach it). Fields not found are left alone.
 */
function trimDictionaryPadding(tokenizer: unknown): void {
  const t = tokenizer as PaddedDictionaries;
  for (const holder of [t.token_info_dictionary?.dictionary, t.token_info_dictionary?.pos_buffer, t.unknown_dictionary?.dictionary, t.unknown_dictionary?.pos_buffer]) {
    if (!holder || !(holder.buffer instanceof Uint8Array)) continue;
    let end = holder.buffer.length;
    while (end > 0 && holder.buffer[end - 1] === 0) end--;
    const keep = Math.min(holder.buffer.length, end + 64);
    if (keep < holder.buffer.length) holder.buffer = holder.buffer.slice(0, keep);
  }
}
