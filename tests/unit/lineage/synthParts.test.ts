/** The synthesiser's parts: wrapping, reading and writing a measure, the year, the theme bank, the seed. */
import { themeMatcher } from '../../../src/discovery/assignThemes';
import { loadTaxonomy } from '../../../src/discovery/taxonomy';
import { displayWidth } from '../../../src/ingest/text';
import { readShape, shiftReiwa, wrap, writeShape } from '../../../src/synth/layout';
import { seededRandom } from '../../../src/synth/random';
import { composeMeasure, THEME_BANK } from '../../../src/synth/themeBank';

test('wrap keeps to the width and never opens a line with a marker, punctuation or a space', () => {
  const text = '職員からテレワークの利用環境や手続等の改善につながる意見及び要望等の募集を行った。申請・承認に係る手続が簡略化され、より気軽に・テレワークが実施できるようになった。 Teams等を活用した。';
  const lines = wrap(text, 37);
  expect(lines.join('')).toBe(text);
  for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(37);
  for (const l of lines.slice(1)) expect(l).not.toMatch(/^[・○【\u3000 、。）」]/u);
});

test('a measure is read into its tag and paragraphs and written back in the same layout', () => {
  const printed = [
    ' 【継続】',
    '・年間を通じて、法令審査の簡素化の取組を実施したほか、働き方強化月間中は、',
    '原則として意見事務及び審査事務を10時30分から17時までの間に行うよう呼び掛け',
    'た。',
    '・審査部の各参事官に対して、アンケート調査を行った。',
  ];
  const shape = readShape(printed);
  expect(shape).toMatchObject({ pageStart: true, tag: '【継続】', tagOwnLine: true });
  expect(shape.paragraphs.map((p) => p.marker)).toEqual(['・', '・']);
  const written = writeShape(shape);
  expect(written[0]).toBe(' 【継続】');
  expect(written.join('')).toBe(printed.join(''));
  expect(writeShape(readShape(['【新規】令和６年度より、一部の部局を対象として定期的なモチベーション調査を実施する', '予定。'])).join('')).toBe(
    '【新規】令和６年度より、一部の部局を対象として定期的なモチベーション調査を実施する予定。',
  );
});

test('the year moves on by one, in the digits the text uses', () => {
  expect(shiftReiwa('令和５年度より、令和6年3月まで、令和元年から')).toBe('令和６年度より、令和7年3月まで、令和２年から');
  expect(shiftReiwa('GSSへの移行（令和\n６年１月）')).toBe('GSSへの移行（令和\n７年１月）');
  expect(shiftReiwa('令和９年、令和9年')).toBe('令和１０年、令和10年');
});

test('every text of the theme bank carries its own theme and no other; cells fit their columns', () => {
  const taxonomy = loadTaxonomy();
  const matcher = themeMatcher(taxonomy);
  for (const entry of THEME_BANK) {
    expect(taxonomy.map((t) => t.slug)).toContain(entry.theme);
    for (const text of [...entry.practices, ...entry.outcomes, entry.title]) {
      const others = matcher.match(text).map((t) => t.slug).filter((slug) => slug !== entry.theme);
      expect({ text, others }).toEqual({ text, others: [] });
    }
    for (const practice of entry.practices) expect(matcher.match(practice).map((t) => t.slug)).toEqual([entry.theme]);
    expect(matcher.match(composeMeasure(entry, '令和６年度', seededRandom(1))).map((t) => t.slug)).toEqual([entry.theme]);
    expect(displayWidth(entry.title)).toBeLessThanOrEqual(22);
    for (const l of entry.clauseCell) expect(displayWidth(l)).toBeLessThanOrEqual(20);
  }
});

test('the same seed draws the same numbers', () => {
  const a = seededRandom(7);
  const b = seededRandom(7);
  const draws = (r: ReturnType<typeof seededRandom>) => Array.from({ length: 5 }, () => r.int(1000));
  expect(draws(a)).toEqual(draws(b));
  expect(draws(seededRandom(8))).not.toEqual(draws(seededRandom(7)));
  expect(() => seededRandom(0.5)).toThrow(new TypeError('seed must be an integer, got 0.5'));
});
