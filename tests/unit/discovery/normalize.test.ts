import { compactKey, displayForm, foldKey, matchKey } from '../../../src/discovery/normalize';

test('displayForm: NFKC, and hyphens inside katakana read as the long vowel mark', () => {
  expect(displayForm('１on１ミーティング')).toBe('1on1ミーティング');
  expect(displayForm('ﾃﾚﾜｰｸ')).toBe('テレワーク');
  expect(displayForm('コミュニケ－ション')).toBe('コミュニケーション');
  expect(displayForm('テレワ－ク')).toBe('テレワーク');
  // A hyphen between other characters stays a hyphen.
  expect(displayForm('e-mail 2023-24')).toBe('e-mail 2023-24');
});

test('foldKey: lower case and hiragana as katakana, one character for one', () => {
  expect(foldKey('打ち合わせ')).toBe('打チ合ワセ');
  expect(foldKey('DX推進')).toBe('dx推進');
  expect(foldKey('İstanbulとゝ')).toBe('İstanbulトヽ');
  // The range's ends, and ゟ (U+309F, no katakana form) kept.
  expect(foldKey('ぁゖゔゞゟ')).toBe('ァヶヴヾゟ');
  expect(matchKey('ｅラーニング')).toBe(matchKey('Eラーニング'));
  for (const s of ['打ち合わせスペース', 'ＲＰＡの導入', 'コミュニケ－ション', 'İstanbul']) expect(matchKey(s)).toHaveLength(displayForm(s).length);
});

test('compactKey: white space and line breaks do not matter', () => {
  expect(compactKey('多面\n観察 調査')).toBe(compactKey('多面観察調査'));
});
