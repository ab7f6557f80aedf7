/**
 * Root-query reads of discovery: the theme list, `search` and `similarMinistries`. Each runs one
 * query file once; `search` first analyses the text (kuromoji, loaded once per process) and ranks
 * what the full-text indexes and the themes return.
 */
import type { Executor } from '../src/db/executor';
import { searchTerms } from '../src/discovery/luceneQuery';
import { compactKey } from '../src/discovery/normalize';
import { rankSearch, type RankedHit, type SearchCandidate, type SearchType } from '../src/discovery/rankSearch';
import { queryTerms } from '../src/discovery/queryTerms';
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

/** Reads of one year's report: `version`, or the ministry's (by uid). */
export interface DiscoveryReader {
  themes(version: string): Promise<ThemeRow[]>;
  /** The best `first` hits of `text` among nodes of `types` in `version`. `text` is not blank. */
  search(version: string, text: string, first: number, types: readonly SearchType[]): Promise<RankedHit[]>;
  similarMinistries(ministryUid: string, first: number): Promise<SimilarMinistryRow[]>;
}

export function createDiscoveryReader(executor: Executor): DiscoveryReader {
  return {
    async themes(version) {
      return (await runQuery(executor, 'themes', { version })).map((r) => r.theme as ThemeRow);
    },
    async search(version, text, first, types) {
      // No dictionary at query time (queryTerms.ts): kuromoji's would double the server's memory.
      const query = searchTerms(text, queryTerms(text));
      const queryKey = compactKey(text);
      if (query.lucene === '') return [];
      const rows = await runQuery(executor, 'search', {
        version,
        indexes: types.map((t) => SEARCH_INDEXES[t]),
        // The indexes hold every year's nodes: Lucene keeps this year's (versions are one token).
        lucene: `+version:${version} +(${query.lucene})`,
        limit: Math.max(MIN_CANDIDATES, first * CANDIDATES_PER_HIT),
        withThemes: types.includes('MEASURE'),
        queryKey,
      });
      return rankSearch(rows as unknown as SearchCandidate[], { ...query, queryKey }, first);
    },
    async similarMinistries(ministryUid, first) {
      return (await runQuery(executor, 'similarMinistries', { ministryUid, limit: first })) as unknown as SimilarMinistryRow[];
    },
  };
}
