import { themeMatcher } from '../../../src/discovery/assignThemes';
import { loadTaxonomy, parseTaxonomy, themeIdOf, themeNodeId } from '../../../src/discovery/taxonomy';
import { loadMinistryDirectory } from '../../../src/ingest/ministryDirectory';

test('the bundled taxonomy: about 20–30 themes with unique slugs, names in both languages and terms', () => {
  const taxonomy = loadTaxonomy();
  expect(taxonomy.length).toBeGreaterThanOrEqual(20);
  expect(taxonomy.length).toBeLessThanOrEqual(35);
  expect(new Set(taxonomy.map((t) => t.slug)).size).toBe(taxonomy.length);
  for (const t of taxonomy) {
    expect(t.nameJa).not.toBe('');
    expect(t.nameEn).toMatch(/[A-Za-z]/u);
    expect(t.terms.length).toBeGreaterThan(0);
  }
  // Graph ids never collide with other node ids (ministry slugs such as "justice").
  const ministryIds = new Set([...loadMinistryDirectory().values()].map((m) => m.id));
  for (const t of taxonomy) expect(ministryIds.has(themeNodeId(t.slug))).toBe(false);
});

test('a malformed taxonomy is refused with a message naming the theme and the contract', () => {
  expect(() => parseTaxonomy({})).toThrow(/expected \{ "themes"/u);
  expect(() => parseTaxonomy({ themes: [{ id: 'Bad Slug', nameJa: 'x', nameEn: 'x', terms: ['x'] }] })).toThrow(/lower-case-slug.*"Bad Slug"/u);
  expect(() => parseTaxonomy({ themes: [{ id: 'a', nameJa: 'x', nameEn: 'x', terms: [] }] })).toThrow(/at least one term/u);
  const twice = { id: 'a', nameJa: 'x', nameEn: 'x', terms: ['x'] };
  expect(() => parseTaxonomy({ themes: [twice, twice] })).toThrow(/used twice/u);
  expect(() => parseTaxonomy({ themes: [{ ...twice, together: [['only']] }] })).toThrow(/two or more words/u);
});

test('theme ids: theme/<slug>, and a bare slug is read as one', () => {
  expect(themeNodeId('telework')).toBe('theme/telework');
  expect(themeIdOf('telework')).toBe('theme/telework');
  expect(themeIdOf('theme/telework')).toBe('theme/telework');
});

describe('themeMatcher', () => {
  const matcher = themeMatcher(
    parseTaxonomy({
      themes: [
        { id: 'careers', nameJa: 'キャリア', nameEn: 'Careers', terms: ['キャリア', 'キャリアパス'] },
        { id: 'training', nameJa: '研修', nameEn: 'Training', terms: ['マネジメント研修'], together: [['管理職', '研修']] },
      ],
    }),
  );

  test('a term found anywhere, across line breaks, widths and kana', () => {
    expect(matcher.match('若手職員のキャリア\nパスを明確化')).toEqual([{ slug: 'careers', terms: ['キャリアパス'] }]);
    expect(matcher.match('ﾏﾈｼﾞﾒﾝﾄ研修を実施')).toEqual([{ slug: 'training', terms: ['マネジメント研修'] }]);
  });

  test('`together` words must share a sentence; evidence shows them joined by +', () => {
    expect(matcher.match('管理職を対象に研修を実施した。')).toEqual([{ slug: 'training', terms: ['管理職+研修'] }]);
    expect(matcher.match('管理職が増えた。新人の研修を実施した。')).toEqual([]);
  });
});
