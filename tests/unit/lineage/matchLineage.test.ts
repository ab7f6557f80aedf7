/** The matcher on small hand-made years: what links, what does not, and what goes to review. */
import { loadTaxonomy } from '../../../src/discovery/taxonomy';
import { loadTokenizer } from '../../../src/discovery/tokenizer';
import { DEFAULT_LINEAGE, lineageYearFromRows, matchLineage, type LineageMeasure, type LineageTools, type LineageYear } from '../../../src/lineage';

let tools: LineageTools;
beforeAll(async () => {
  tools = { tokenizer: await loadTokenizer(), taxonomy: loadTaxonomy() };
});

const m = (id: string, status: string | null, text: string, clauseRefs: string[] = []): LineageMeasure => ({ id, status, text, clauseRefs });
const year = (fiscalYear: string, measuresFiscalYear: string, ministries: Record<string, Record<string, { title: string; measures: LineageMeasure[] }>>): LineageYear => ({
  fiscalYear,
  measuresFiscalYear,
  ministries: Object.entries(ministries).map(([ministryId, items]) => ({ ministryId, items: Object.entries(items).map(([id, item]) => ({ id, ...item })) })),
});

const TELEWORK = 'テレワーク中の業務上の通話料について職員の負担を求めない仕組みを導入した。あわせてテレワーク用のノートパソコンを追加で配備した。';
const TRAINING = '管理職員を対象としたマネジメント研修を実施し、部下との面談の進め方を学ぶ機会を設けた。受講者からは部下育成の参考になったとの声があった。';
const OVERTIME = '超過勤務の縮減に向けて、毎週水曜日を定時退庁日とし、幹部から職員へ早めの退庁を呼び掛けた。';
const STRESS = '職員向けのストレスチェックの結果を踏まえ、産業医による面談の機会を増やした。';

const earlier = year('令和6年度', '令和5年度', {
  a: {
    'a/p1': { title: 'テレワークとマネジメントの推進', measures: [m('a/p1/m1', '継続', TELEWORK, ['Ⅱ.1.(2)']), m('a/p1/m2', '継続', TRAINING, ['Ⅱ.3.(1)②'])] },
    'a/p2': { title: '超過勤務の縮減', measures: [m('a/p2/m1', null, OVERTIME, ['Ⅱ.2.(2)'])] },
  },
  b: { 'b/p1': { title: '職員の健康確保', measures: [m('b/p1/m1', '継続', STRESS, ['Ⅱ.3.(3)'])] } },
});

const later = year('令和7年度', '令和6年度', {
  a: {
    'a/p1': {
      title: 'テレワークと管理職育成の推進',
      measures: [
        // TRAINING reworded, now first in its item (ids are positional: a/p1/m1 is not a/p1/m1 of the year before).
        m('a/p1/m1', '継続', '管理職を対象にマネジメント研修を行い、部下との面談の進め方を学ぶ機会を引き続き設けた。受講者からは部下育成の参考になったとの声が多かった。研修資料は庁内で共有した。', ['Ⅱ.3.(1)②']),
        // Telework again, but a different practice: 【新規】 needs far more than a shared theme.
        m('a/p1/m2', '新規', 'サテライトオフィスを新たに設置し、出張先でも業務を続けられる環境を整えた。', ['Ⅱ.1.(2)']),
        // Tagged as continuing, but nothing of the year before is like it.
        m('a/p1/m3', '継続', '新規採用職員一人ひとりにメンターを指名し、相談しやすい体制を整えた。', ['Ⅱ.3.(2)②']),
      ],
    },
    'a/p2': { title: '超過勤務の縮減', measures: [m('a/p2/m1', null, `${OVERTIME}実施状況は幹部会で共有している。`, ['Ⅱ.2.(2)'])] },
  },
  // Ministry b now reports a's overtime measure word for word: another ministry's measure is never a predecessor.
  b: { 'b/p1': { title: '職員の健康確保', measures: [m('b/p1/m1', '継続', OVERTIME, ['Ⅱ.2.(2)'])] } },
});

const linksOf = (result: ReturnType<typeof matchLineage>) => result.measureLinks.map((l) => [l.fromId, l.toId]);
const changeOf = (result: ReturnType<typeof matchLineage>, id: string) => result.diff.ministries.flatMap((d) => d.measures).find((c) => c.id === id && c.kind !== 'dropped');

test('a reworded measure continues its predecessor, whatever its position', () => {
  const result = matchLineage(earlier, later, tools);
  expect(linksOf(result)).toContainEqual(['a/p1/m1', 'a/p1/m2']);
  const link = result.measureLinks.find((l) => l.fromId === 'a/p1/m1');
  expect(link?.sharedThemes).toContain('theme/management-training');
  expect(link?.sharedTerms.length).toBeGreaterThan(0);
  const change = changeOf(result, 'a/p1/m1');
  expect(change?.kind).toBe('changed');
  expect(change?.reason).toMatch(/^reworded from a\/p1\/m2: text 0\.\d+ alike \(below 0\.95\), same themes \(.*management-training.*\)/u);
  // An untagged measure with a sentence added also continues.
  expect(linksOf(result)).toContainEqual(['a/p2/m1', 'a/p2/m1']);
});

test('a 【新規】 measure with only a weak match is new, and says against what', () => {
  const result = matchLineage(earlier, later, tools);
  const change = changeOf(result, 'a/p1/m2');
  expect(change?.kind).toBe('new');
  if (change?.kind !== 'new') return;
  expect(change.bestCandidate?.id).toBe('a/p1/m1');
  expect(change.bestCandidate?.score).toBeGreaterThan(0);
  expect(change.bestCandidate?.score).toBeLessThan(DEFAULT_LINEAGE.thresholds.new);
  expect(change.reason).toMatch(/^【新規】 and no measure of the same ministry in 令和5年度 above 0\.6 \(best 0\.\d+: a\/p1\/m1\)$/u);
  // What nothing continues is dropped.
  const dropped = result.diff.ministries.find((d) => d.ministryId === 'a')?.measures.filter((c) => c.kind === 'dropped').map((c) => c.id);
  expect(dropped).toEqual(['a/p1/m1']);
});

test('a 【継続】 measure that continues nothing goes on the review list', () => {
  const result = matchLineage(earlier, later, tools);
  expect(changeOf(result, 'a/p1/m3')?.kind).toBe('new');
  expect(result.review).toContainEqual(expect.objectContaining({ kind: 'unmatchedContinuing', id: 'a/p1/m3', ministryId: 'a' }));
});

test('measures of different ministries never link, however alike', () => {
  const result = matchLineage(earlier, later, tools);
  for (const l of result.measureLinks) expect(l.fromId.split('/')[0]).toBe(l.toId.split('/')[0]);
  expect(linksOf(result).find(([from]) => from === 'b/p1/m1')).toBeUndefined();
  expect(result.review).toContainEqual(expect.objectContaining({ kind: 'unmatchedContinuing', id: 'b/p1/m1' }));
  expect(result.diff.ministries.find((d) => d.ministryId === 'b')?.measures.map((c) => [c.kind, c.id])).toEqual([
    ['new', 'b/p1/m1'],
    ['dropped', 'b/p1/m1'],
  ]);
});

test('one predecessor per measure: of two successors alike, the closer takes it and the other says so', () => {
  const twice = year('令和7年度', '令和6年度', {
    a: { 'a/p1': { title: 'テレワーク', measures: [m('a/p1/m1', null, `${TELEWORK}利用状況を確認した。`), m('a/p1/m2', null, TELEWORK)] } },
  });
  const once = year('令和6年度', '令和5年度', { a: { 'a/p1': { title: 'テレワーク', measures: [m('a/p1/m1', null, TELEWORK)] } } });
  const result = matchLineage(once, twice, tools);
  expect(linksOf(result)).toEqual([['a/p1/m2', 'a/p1/m1']]);
  const other = changeOf(result, 'a/p1/m1');
  expect(other?.kind).toBe('new');
  expect(other?.reason).toMatch(/which continues into a\/p1\/m2 instead\)$/u);
});

test('items link on their title and on the links of their measures; a renamed one is changed', () => {
  const result = matchLineage(earlier, later, tools);
  expect(result.itemLinks.map((l) => [l.fromId, l.toId])).toEqual([
    ['a/p1', 'a/p1'],
    ['a/p2', 'a/p2'],
    ['b/p1', 'b/p1'],
  ]);
  const items = result.diff.ministries.find((d) => d.ministryId === 'a')?.items;
  expect(items?.map((c) => [c.kind, c.id])).toEqual([
    ['changed', 'a/p1'],
    ['continued', 'a/p2'],
  ]);
  expect(items?.[0].reason).toMatch(/^renamed from 「テレワークとマネジメントの推進」 \(a\/p1\): title 0\.\d+ alike; 1 of its 3 measures continue measures of a\/p1; score /u);
  // Linked on little evidence (a title much changed, one measure of five shared): worth a look.
  expect(result.review).toContainEqual(expect.objectContaining({ kind: 'weakItemMatch', id: 'a/p1', predecessorId: 'a/p1' }));
});

test('a year read back from flat graph rows matches the same year built directly', () => {
  const rows = earlier.ministries.flatMap((mi, o) =>
    mi.items.flatMap((item, i) =>
      item.measures.map((x, k) => ({ ministryId: mi.ministryId, ministryOrder: o + 1, itemId: item.id, itemTitle: item.title, itemOrder: i + 1, measureId: x.id, measureOrder: k + 1, text: x.text, status: x.status, clauseRefs: x.clauseRefs })),
    ),
  );
  expect(lineageYearFromRows(earlier, [...rows].reverse())).toEqual(earlier);
  expect(() => lineageYearFromRows(earlier, [...rows, rows[0]])).toThrow(/measure a\/p1\/m1 is given twice/u);
});

test('bad input fails with the contract stated', () => {
  const dup = year('令和7年度', '令和6年度', { a: { 'a/p1': { title: 't', measures: [m('a/p1/m1', null, 'x'), m('a/p1/m1', null, 'y')] } } });
  expect(() => matchLineage(earlier, dup, tools)).toThrow(new TypeError('lineage: the later year (令和7年度) uses the id a/p1/m1 twice; expected ids unique within a year'));
  expect(() => matchLineage(earlier, later, tools, { ...DEFAULT_LINEAGE, weights: { text: 1, themes: 1, clauses: 0 } })).toThrow(TypeError);
  expect(() => matchLineage(earlier, later, tools, { ...DEFAULT_LINEAGE, changedBelow: 2 })).toThrow(/changedBelow must be a number from 0 to 1, got 2/u);
});
