/**
 * What alignment knows beyond the report: a morphological analyser for content terms (kuromoji), the
 * theme taxonomy (data/themes.json) and the clause-meaning vocabulary (data/clause-meanings.json).
 * The analyser loads asynchronously and `parseReport` is synchronous, so callers load this once
 * (`loadAlignmentKnowledge`) and pass it in `parseReport`'s options.
 */
import { themeMatcher, type ThemeMatcher } from '../../discovery/assignThemes';
import { loadTaxonomy, type Taxonomy } from '../../discovery/taxonomy';
import { loadTokenizer, type TermTokenizer } from '../../discovery/tokenizer';
import { loadClauseMeanings, type ClauseMeanings } from './clauseMeanings';

/** A content term of a text (see discovery/contentTerms): `key` compares, `surface` is shown. */
export interface ContentTerm {
  readonly key: string;
  readonly surface: string;
}

export interface AlignmentKnowledge {
  /** The content terms of a text, in text order (discovery's TermTokenizer fits). */
  readonly analyser: { terms(text: string): readonly ContentTerm[] };
  /** The themes a text supports (discovery's ThemeMatcher fits). */
  readonly themes: Pick<ThemeMatcher, 'match'>;
  readonly meanings: ClauseMeanings;
}

/** The knowledge with the full analyser and the taxonomy (so an ingest can reuse them for discovery). */
export interface LoadedKnowledge extends AlignmentKnowledge {
  readonly analyser: TermTokenizer;
  readonly taxonomy: Taxonomy;
}

/** Loads the analyser (shared per process), the taxonomy and the vocabulary. */
export async function loadAlignmentKnowledge(): Promise<LoadedKnowledge> {
  const analyser = await loadTokenizer();
  const taxonomy = loadTaxonomy();
  return { analyser, themes: themeMatcher(taxonomy), meanings: loadClauseMeanings(), taxonomy };
}
