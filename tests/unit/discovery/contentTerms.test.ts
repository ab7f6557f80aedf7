import { loadTokenizer, type TermTokenizer } from '../../../src/discovery/tokenizer';

let tokenizer: TermTokenizer;
beforeAll(async () => {
  tokenizer = await loadTokenizer();
}, 60_000);

const surfaces = (text: string, kind?: 'word' | 'compound'): string[] =>
  tokenizer.terms(text).filter((t) => kind === undefined || t.kind === kind).map((t) => t.surface);

test('the analyser loads once: every caller shares one promise', () => {
  expect(loadTokenizer()).toBe(loadTokenizer());
});

test('consecutive nouns give compounds, and the stretches inside them', () => {
  const compounds = surfaces('府内管理職員を対象とした多面観察調査を実施。', 'compound');
  expect(compounds).toEqual(expect.arrayContaining(['多面観察', '観察調査', '多面観察調査', '管理職員']));
  expect(surfaces('勤務時間管理システムを導入', 'compound')).toEqual(expect.arrayContaining(['勤務時間管理', '勤務時間管理システム']));
});

test('ASCII written together is one word; a number with a counter is kept inside a compound, a date is not', () => {
  expect(surfaces('１on１ミーティングを実施')).toEqual(expect.arrayContaining(['1on1', '1on1ミーティング']));
  expect(surfaces('多面観察（360度評価）の実施')).toContain('360度評価');
  const dated = surfaces('令和５年10月に研修を実施し、２回開催した');
  expect(dated.some((t) => /[0-9]/u.test(t))).toBe(false);
  expect(dated).not.toContain('令和');
});

test('content words only: verbs in dictionary form, no light words', () => {
  const words = surfaces('テレワークを推進しやすいように、マニュアルを掲載した。', 'word');
  expect(words).toEqual(expect.arrayContaining(['テレワーク', 'マニュアル', '掲載']));
  for (const light of ['する', 'こと', 'よう', 'ため', 'を', 'に']) expect(words).not.toContain(light);
  expect(surfaces('職員から意見を求めた', 'word')).toContain('求める');
});

test('width and kana variants give the same keys', () => {
  const keys = (text: string) => tokenizer.terms(text).map((t) => t.key);
  expect(keys('ｅラーニングを受講')).toEqual(keys('Eラーニングを受講'));
  expect(keys('コミュニケ－ションの活性化')).toEqual(keys('コミュニケーションの活性化'));
});

test('a NUL in the text separates words like a space (kuromoji alone throws on it)', () => {
  expect(surfaces('テレワーク\u0000研修')).toEqual(surfaces('テレワーク 研修'));
  expect(surfaces('\u0000\u0001\u001f')).toEqual([]);
});
