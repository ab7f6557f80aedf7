/**
 * `search`: checks the arguments and hands over to the discovery reader; the hit's node is
 * resolved to its GraphQL type by the tag the reader gives it.
 */
import type { SearchNodeRow } from '../../loaders/discoveryModels';
import type { QueryResolvers, SearchNodeResolvers } from '../generated/graphql';
import { badUserInput } from '../server/errors';
import { reportFor } from './fiscalYear';

export const MAX_SEARCH_HITS = 50;
/** Longer texts are refused: a search text is a few words, not a document. */
export const MAX_SEARCH_TEXT = 200;
const ALL_TYPES = ['MEASURE', 'PRIORITY_ITEM', 'CLAUSE', 'THEME'] as const;

export const SearchNode: SearchNodeResolvers = {
  __resolveType: (row) => (row as SearchNodeRow).__typename,
};

export const searchQueries: QueryResolvers = {
  search: async (_root, { text, first, types, fiscalYear }, { discovery, served }) => {
    const n = first ?? 10;
    if (!Number.isInteger(n) || n < 1 || n > MAX_SEARCH_HITS) throw badUserInput(`first must be an integer from 1 to ${MAX_SEARCH_HITS}; got ${n}`, 'first');
    if (text.trim() === '') throw badUserInput('text must hold something to search for; got an empty text', 'text');
    if (text.length > MAX_SEARCH_TEXT) throw badUserInput(`text must be at most ${MAX_SEARCH_TEXT} characters; got ${text.length}`, 'text');
    const { version } = reportFor(served, fiscalYear);
    const hits = await discovery.search(version, text, n, types && types.length > 0 ? [...new Set(types)] : [...ALL_TYPES]);
    return hits.map((h) => ({ score: h.score, snippet: h.snippet, node: { ...h.node, __typename: h.type } as unknown as SearchNodeRow }));
  },
};
