import { searchTerms } from '../../../src/discovery/luceneQuery';
import { rankSearch, type SearchCandidate } from '../../../src/discovery/rankSearch';
import { snippet } from '../../../src/discovery/snippet';
import { queryTerms } from '../../../src/discovery/queryTerms';

// What the server does: a search text's terms without a dictionary.
const tokenizer = { terms: queryTerms };

describe('searchTerms', () => {
  test('the longest terms are the match units and are asked for as boosted phrases, with the bare text for recall', () => {
    const q = searchTerms('多面観察', tokenizer.terms('多面観察'));
    expect(q.units).toEqual(['多面観察']);
    expect(q.lucene).toBe('"多面観察"^3 多面観察');
    expect(q.terms).toEqual(expect.arrayContaining(['多面観察', '多面', '観察']));
  });

  test("Lucene syntax in the user's text is neutralised", () => {
    const text = 'テレワーク AND (通話料)* "x';
    const q = searchTerms(text, tokenizer.terms(text));
    expect(q.lucene).not.toMatch(/[()*]|"x/u);
    expect(q.units).toEqual(expect.arrayContaining(['テレワーク', '通話料']));
  });

  test('AND, OR and NOT are words, not operators (the query is lower-cased like the index)', () => {
    for (const text of ['AND', 'テレワーク NOT', 'ＯＲ']) {
      const q = searchTerms(text, tokenizer.terms(text));
      expect(q.lucene).not.toMatch(/\b(AND|OR|NOT)\b/u);
    }
  });

  test('a text without content words is searched as it is', () => {
    expect(searchTerms('の', tokenizer.terms('の')).units).toEqual(['の']);
  });
});

describe('snippet', () => {
  test('wraps every match in <mark>, longest first, and escapes the rest', () => {
    expect(snippet('多面観察（360度評価）を実施 <b>', ['多面観察', '360度評価', '多面'])).toBe(
      '<mark>多面観察</mark>(<mark>360度評価</mark>)を実施 &lt;b&gt;',
    );
  });

  test('a long text is cut around the first match, at a sentence when one starts just before', () => {
    const text = `${'前置きの文章です。'.repeat(10)}多面観察調査を実施した。${'後の文章です。'.repeat(20)}`;
    const s = snippet(text, ['多面観察'], { width: 40 });
    expect(s.startsWith('…<mark>多面観察</mark>調査を実施した。')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
  });

  test('matches are found across width and kana', () => {
    expect(snippet('１on１ミーティングの実施', ['1ON1'])).toBe('<mark>1on1</mark>ミーティングの実施');
  });
});

describe('rankSearch', () => {
  const measure = (id: string, text: string, score: number, themeTerms: string[] = []): SearchCandidate => ({ type: 'Measure', node: { id, text }, score, themeTerms });
  const query = { units: ['多面観察'], terms: ['多面観察', '多面', '観察'], queryKey: '多面観察' };

  test('the whole term beats a partial bigram match even with a lower full-text score', () => {
    const hits = rankSearch([measure('partial', '多面的に観察した', 5), measure('whole', '多面観察を実施', 4)], query, 10);
    expect(hits.map((h) => h.node.id)).toEqual(['whole', 'partial']);
  });

  test('a measure found through its theme ranks above one that merely shares a bigram', () => {
    const hits = rankSearch([measure('bigram', '現場を観察', 2), measure('theme', '360度評価を実施', 0, ['360度評価']), measure('whole', '多面観察', 6)], query, 10);
    expect(hits.map((h) => h.node.id)).toEqual(['whole', 'theme', 'bigram']);
    expect(hits[1].snippet).toContain('<mark>360度評価</mark>');
  });

  test('keeps the best `first`, scores between 0 and 1', () => {
    const hits = rankSearch([measure('a', '多面観察', 3), measure('b', '多面観察', 2), measure('c', '観察', 1)], query, 2);
    expect(hits).toHaveLength(2);
    for (const h of hits) expect(h.score).toBeGreaterThan(0);
    for (const h of hits) expect(h.score).toBeLessThanOrEqual(1);
  });
});
