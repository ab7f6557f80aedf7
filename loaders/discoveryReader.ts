/**
 * Root-query reads of discovery: the theme list, `search` and `similarMinistries`. Each runs one
 * query file once; `search` first analyses the text (kuromoji, loaded once per process) and ranks
 * what the full-text indexes and the themes return.
 */
import type { Executor } from '../src/db/executor';
import { searchTerms } from '../src/discovery/luceneQuery';
import { compactKey } from '../src/discovery/normalize';
import { rankSearch, type RankedHit, type SearchCandidate, type SearchType } from '../src/discovery/rankSearch';
import { loadTokenizer } from '../src/discovery/tokenizer';
import type { SimilarMinistryRow, ThemeRow } from './discoveryModels';
import { runQuery } from './queries';

/** The full-text index of each searchable type (cypher/schema/003_fulltext.cypher). */
export const SEARCH_INDEXES: Readonly<Record<SearchType, string>> = {
  MEASURE: 'measure_text',
  PRIORITY_ITEM: 'priority_item_title',
  CLAUSE: 'clause_title',
  THEME: 'theme_text',
};

/** Candidates read per index for each hit asked for (ranking reorders them). */
const CANDIDATES_PER_HIT = 5;
const MIN_CANDIDATES = 50;

export interface DiscoveryReader {
  themes(): Promise<ThemeRow[]>;
  /** The best `first` hits of `text` among nodes of `types`. `text` is not blank. */
  search(text: string, first: number, types: readonly SearchType[]): Promise<RankedHit[]>;
  similarMinistries(ministryId: string, first: number): Promise<SimilarMinistryRow[]>;
}

export function createDiscoveryReader(executor: Executor): DiscoveryReader {
  return {
    async themes() {
      return (await runQuery(executor, 'themes', {})).map((r) => r.theme as ThemeRow);
    },
    async search(text, first, types) {
      const tokenizer = await loadTokenizer();
      const query = searchTerms(text, tokenizer.terms(text));
      const queryKey = compactKey(text);
      if (query.lucene === '') return [];
      const rows = await runQuery(executor, 'search', {
        indexes: types.map((t) => SEARCH_INDEXES[t]),
        lucene: query.lucene,
        limit: Math.max(MIN_CANDIDATES, first * CANDIDATES_PER_HIT),
        withThemes: types.includes('MEASURE'),
        queryKey,
      });
      return rankSearch(rows as unknown as SearchCandidate[], { ...query, queryKey }, first);
    },
    async similarMinistries(ministryId, first) {
      return (await runQuery(executor, 'similarMinistries', { ministryId, limit: first })) as unknown as SimilarMinistryRow[];
    },
  };
}
