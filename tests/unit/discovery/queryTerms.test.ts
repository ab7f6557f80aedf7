import { queryTerms } from '../../../src/discovery/queryTerms';
import { searchTerms } from '../../../src/discovery/luceneQuery';
import { loadTokenizer } from '../../../src/discovery/tokenizer';
import { loadTaxonomy } from '../../../src/discovery/taxonomy';

const surfaces = (text: string): string[] => queryTerms(text).map((t) => t.surface);

describe('queryTerms: a search text cut without a dictionary', () => {
  test('runs of kanji, katakana and Latin are terms; hiragana and punctuation cut them', () => {
    expect(surfaces('管理職のマネジメント能力の向上')).toEqual(expect.arrayContaining(['管理職', 'マネジメント能力']));
    expect(surfaces('テレワーク、ペーパーレス化')).toEqual(expect.arrayContaining(['テレワーク', 'ペーパーレス化']));
    expect(surfaces('1on1ミーティング')[0]).toBe('1on1ミーティング');
  });

  test("a run's parts are terms too: where the script changes, and the bigrams of a long kanji part", () => {
    expect(surfaces('マネジメント能力')).toEqual(['マネジメント能力', 'マネジメント', '能力']);
    expect(surfaces('多面観察')).toEqual(['多面観察', '多面', '面観', '観察']);
  });

  test('a lone okurigana after kanji ends the word; particles do not join', () => {
    expect(surfaces('業務の見直し')).toEqual(['業務', '見直し', '見直']);
    expect(surfaces('育児に伴う休暇')).toEqual(['育児', '伴う', '休暇']);
    expect(surfaces('管理職向けの研修')).toEqual(expect.arrayContaining(['管理職向け', '研修']));
  });

  test('full width, ・ between katakana, one-character runs and stop nouns', () => {
    expect(surfaces('ＤＸ推進')[0]).toBe('DX推進');
    expect(surfaces('ガバメント・ソリューション')[0]).toBe('ガバメント・ソリューション');
    expect(surfaces('の')).toEqual([]);
    expect(surfaces('推進')).toEqual([]); // a stop noun: says "promote", not what
  });

  test('keys are folded like the content terms (case, width, kana)', () => {
    expect(queryTerms('ＡＩ活用')[0].key).toBe('ai活用');
  });
});

describe('against kuromoji on the taxonomy terms (what people search for)', () => {
  test('the match units agree for at least 90 % of them', async () => {
    const tokenizer = await loadTokenizer();
    const texts = loadTaxonomy().flatMap((t) => t.terms);
    const same = texts.filter((text) => JSON.stringify(searchTerms(text, queryTerms(text)).units) === JSON.stringify(searchTerms(text, tokenizer.terms(text)).units));
    console.log(`queryTerms: the same match units as kuromoji for ${same.length} of ${texts.length} taxonomy terms`);
    expect(same.length / texts.length).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});
