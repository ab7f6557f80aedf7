import { DEFAULT_SIMILARITY, similarPairs, type SimilarityDocument } from '../../../src/discovery/similarity';

const doc = (id: string, group: string, words: string, themes: string[] = [], clauses: string[] = []): SimilarityDocument => ({
  id,
  group,
  terms: words.split(' ').map((w) => ({ key: w.toLowerCase(), surface: w })),
  themes,
  clauses,
});

const neighbours = (pairs: ReturnType<typeof similarPairs>, id: string) => pairs.filter((p) => p.fromId === id).map((p) => p.toId);

const corpus = [
  doc('a/1', 'a', 'telework laptop phone call cost staff'),
  doc('b/1', 'b', 'telework phone call cost app staff'),
  doc('c/1', 'c', 'feedback survey managers subordinates staff'),
  doc('d/1', 'd', 'feedback survey managers seminar staff'),
  doc('a/2', 'a', 'telework phone laptop rules staff'),
  doc('e/1', 'e', 'canteen kitchen car lunch staff'),
];

test('the nearest measure of another ministry is the one sharing the most telling terms', () => {
  const pairs = similarPairs(corpus);
  expect(neighbours(pairs, 'a/1')[0]).toBe('b/1');
  expect(neighbours(pairs, 'c/1')[0]).toBe('d/1');
  // Nothing is its own neighbour, and a document sharing only a common word is not a neighbour.
  for (const p of pairs) expect(p.fromId).not.toBe(p.toId);
  expect(neighbours(pairs, 'e/1')).toEqual([]);
});

test('neighbours are kept per side: topAcross of other groups, topWithin of the own group', () => {
  const pairs = similarPairs(corpus, { ...DEFAULT_SIMILARITY, topAcross: 1, topWithin: 1 });
  const fromA = pairs.filter((p) => p.fromId === 'a/1');
  expect(fromA.map((p) => [p.toId, p.sameGroup])).toEqual([
    ['b/1', false],
    ['a/2', true],
  ]);
});

test('shared themes and clauses sharpen the text score; evidence lists what is shared', () => {
  const docs = [
    doc('x/1', 'x', 'phone cost review staff', ['t1'], ['c1']),
    doc('y/1', 'y', 'phone cost review staff', [], []),
    doc('z/1', 'z', 'phone cost review staff', ['t1'], ['c1']),
    // Other documents, so that the shared words are not among the most common.
    ...['canteen', 'award', 'survey', 'mentor', 'paper', 'macro', 'leave', 'desk', 'booth'].map((w, i) => doc(`o/${i}`, 'o', `${w} staff`)),
  ];
  const [best, second] = similarPairs(docs).filter((p) => p.fromId === 'x/1');
  expect(best.toId).toBe('z/1');
  expect(best.textScore).toBeCloseTo(second.textScore, 6);
  expect(best.score).toBeGreaterThan(second.score);
  expect(best.sharedThemes).toEqual(['t1']);
  expect(second.sharedThemes).toEqual([]);
});

test('a compound replaces its parts among the shared terms', () => {
  const docs = [
    { ...doc('x/1', 'x', ''), terms: ['多面', '観察', '多面観察', '実施'].map((k) => ({ key: k, surface: k })) },
    { ...doc('y/1', 'y', ''), terms: ['多面', '観察', '多面観察', '調査'].map((k) => ({ key: k, surface: k })) },
    doc('z/1', 'z', '実施 調査'),
  ];
  const pair = similarPairs(docs).find((p) => p.fromId === 'x/1' && p.toId === 'y/1');
  expect(pair?.sharedTerms).toEqual(['多面観察']);
});

test('the same input gives the same pairs (ties broken by id)', () => {
  expect(similarPairs(corpus)).toEqual(similarPairs([...corpus]));
});

test('bad options are refused, naming the option', () => {
  expect(() => similarPairs(corpus, { ...DEFAULT_SIMILARITY, maxPostings: -1 })).toThrow(/maxPostings/u);
  expect(() => similarPairs(corpus, { ...DEFAULT_SIMILARITY, weights: { text: 1, themes: 1, clauses: 0 } })).toThrow(/add up to 1/u);
});

test('bounded work: with postings cut short, a large collection still finds near-duplicates', () => {
  // 2,000 documents in 20 groups of near-duplicates; each looks up 5 terms and reads 30 postings.
  const docs: SimilarityDocument[] = [];
  for (let k = 0; k < 100; k++) {
    for (let g = 0; g < 20; g++) docs.push(doc(`m${g}/${k}`, `m${g}`, `topic${k} detail${k} extra${k}x${g % 3} common staff`));
  }
  const pairs = similarPairs(docs, { ...DEFAULT_SIMILARITY, maxTermsPerDoc: 5, maxPostings: 30, candidatePool: 10, topAcross: 3, topWithin: 0 });
  const ok = docs.filter((d) => {
    const topic = d.id.split('/')[1];
    return neighbours(pairs, d.id).every((n) => n.split('/')[1] === topic);
  });
  expect(ok.length).toBe(docs.length);
});
