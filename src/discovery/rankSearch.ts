/**
 * Ranks `search` candidates. Three signals, each 0 … 1:
 * - full text: the Neo4j CJK index's score, divided by the best score among the candidates;
 * - coverage: the share of the text's match units (its longest content terms) the node holds
 *   whole — the bigram index cannot tell 多面観察 from 観察 … 多面的, this can;
 * - theme: the node carries (or, for a theme, is) a theme whose terms the text names.
 *
 *     score = 0.5 · full text + 0.3 · coverage + 0.2 · theme
 */
import { compactKey } from './normalize';
import { snippet } from './snippet';

export type SearchType = 'MEASURE' | 'PRIORITY_ITEM' | 'CLAUSE' | 'THEME';

/** A candidate row of read/search. */
export interface SearchCandidate {
  readonly type: 'Measure' | 'PriorityItem' | 'Clause' | 'Theme';
  readonly node: Record<string, unknown>;
  readonly score: number;
  /** Terms of the node's text that show a theme the text names (measures found through themes). */
  readonly themeTerms: readonly string[];
}

export interface RankedHit {
  readonly score: number;
  readonly type: SearchCandidate['type'];
  readonly node: Record<string, unknown>;
  readonly snippet: string;
}

export const SEARCH_WEIGHTS = { fullText: 0.5, coverage: 0.3, theme: 0.2 } as const;

/** The text `search` shows and matches for a node. */
export function searchableText(type: SearchCandidate['type'], node: Record<string, unknown>): string {
  const s = (key: string) => (typeof node[key] === 'string' ? (node[key] as string) : '');
  switch (type) {
    case 'Measure':
      return s('text');
    case 'PriorityItem':
      return s('title');
    case 'Clause':
      return s('title') === s('path') ? s('path') : `${s('path')} ${s('title')}`;
    case 'Theme':
      return `${s('nameJa')} (${s('nameEn')}): ${((node.terms as string[] | undefined) ?? []).join('、')}`;
  }
}

/**
 * The best `first` candidates, best first (ties: type, then id). `units` are the text's match
 * units, `terms` all its content terms, `queryKey` its compact key.
 */
export function rankSearch(candidates: readonly SearchCandidate[], query: { units: readonly string[]; terms: readonly string[]; queryKey: string }, first: number): RankedHit[] {
  const best = Math.max(0, ...candidates.map((c) => c.score));
  const unitKeys = query.units.map(compactKey);
  const ranked = candidates.map((c) => {
    const text = searchableText(c.type, c.node);
    const key = compactKey(text);
    const coverage = unitKeys.length === 0 ? 0 : unitKeys.filter((u) => key.includes(u)).length / unitKeys.length;
    const theme = c.type === 'Theme' ? themeNamed(c.node, query.queryKey) : c.themeTerms.length > 0 ? 1 : 0;
    const fullText = best > 0 ? c.score / best : 0;
    const score = SEARCH_WEIGHTS.fullText * fullText + SEARCH_WEIGHTS.coverage * coverage + SEARCH_WEIGHTS.theme * theme;
    return { c, score, text };
  });
  ranked.sort((a, b) => b.score - a.score || (a.c.type < b.c.type ? -1 : a.c.type > b.c.type ? 1 : 0) || (String(a.c.node.id) < String(b.c.node.id) ? -1 : 1));
  return ranked.slice(0, first).map(({ c, score, text }) => ({
    score: Math.round(score * 1e4) / 1e4,
    type: c.type,
    node: c.node,
    snippet: snippet(text, [...query.units, ...c.themeTerms, ...query.terms]),
  }));
}

/** 1 when the text names a term of the theme node (or is part of one), else 0. */
function themeNamed(node: Record<string, unknown>, queryKey: string): number {
  const keys = (node.termKeys as string[] | undefined) ?? [];
  return keys.some((k) => queryKey.includes(k) || (queryKey.length >= 2 && k.includes(queryKey))) ? 1 : 0;
}
