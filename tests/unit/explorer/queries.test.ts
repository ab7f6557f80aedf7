/**
 * The page's optional-query fallbacks, against a stand-in /graphql (global fetch replaced): a
 * server without `similarMeasures` / `search` answers as Apollo does for an unknown field (400,
 * GRAPHQL_VALIDATION_FAILED), and the page asks once, then uses `graph` / `measures` instead.
 * (The e2e test runs the page against the real server.)
 */
import { detectOptionalFields } from '../../../src/explorer/web/api';
import type { Directory } from '../../../src/explorer/web/directory';
import { fetchSimilar, searchText, snippetAround } from '../../../src/explorer/web/queries';

type Handler = (query: string, variables: Record<string, unknown>) => { status?: number; body: unknown };

const asked: string[] = [];
/** The fiscal year each request asked for (its `y` variable). */
const years: unknown[] = [];
function serve(handler: Handler): void {
  asked.length = 0;
  years.length = 0;
  global.fetch = jest.fn(async (_url: unknown, init?: { body?: unknown }) => {
    const { query, variables } = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const field = /\{\s*(?:(\w+):\s*)?(\w+)/u.exec(query.replace(/^query[^{]*/u, ''))?.[2] ?? '?';
    asked.push(field);
    if (variables && 'y' in variables) years.push(variables.y);
    const { status = 200, body } = handler(query, variables);
    return { ok: status < 400, status, json: async () => body } as Response;
  }) as unknown as typeof fetch;
}

const unknownField = (name: string) => ({
  status: 400,
  body: { errors: [{ message: `Cannot query field "${name}" on type "Query".`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] },
});

const directory: Directory = {
  year: { fiscalYear: 2024, fiscalYearJa: '令和6年度' },
  years: [{ fiscalYear: 2024, fiscalYearJa: '令和6年度' }],
  missingYear: null,
  sections: [],
  ministries: [
    { id: 'a', nameJa: '甲省', nameEn: null },
    { id: 'b', nameJa: '乙庁', nameEn: null },
  ],
  clauses: [],
  themes: [{ id: 'theme/telework', label: 'テレワーク', nameEn: 'Telework' }],
};

const measure = (id: string, ministryId: string) => ({ id, type: 'Measure', label: `${id}…`, data: { id, head: `head of ${id}`, ministryId } });

test('without similarMeasures: SIMILAR_TO through graph, other ministries only, best score first, each once, theme names', async () => {
  serve((query) => {
    if (query.includes('__type(name')) return { body: { data: { __type: { fields: [{ name: 'graph' }, { name: 'measures' }] } } } };
    if (query.includes('similarMeasures')) throw new Error('asked for a field the server does not have');
    return {
      body: {
        data: {
          graph: {
            nodes: [measure('a/p1/m1', 'a'), measure('a/p1/m2', 'a'), measure('b/p1/m1', 'b'), measure('b/p2/m1', 'b')],
            edges: [
              { id: 'S:a/p1/m1->a/p1/m2', source: 'a/p1/m1', target: 'a/p1/m2', type: 'SIMILAR_TO', weight: 0.9, data: { sharedTerms: ['x'], sharedThemes: [] } },
              { id: 'S:a/p1/m1->b/p1/m1', source: 'a/p1/m1', target: 'b/p1/m1', type: 'SIMILAR_TO', weight: 0.4, data: { sharedTerms: ['研修'], sharedThemes: ['theme/telework'] } },
              { id: 'S:b/p1/m1->a/p1/m1', source: 'b/p1/m1', target: 'a/p1/m1', type: 'SIMILAR_TO', weight: 0.35, data: { sharedTerms: ['研修'], sharedThemes: [] } },
              { id: 'S:b/p2/m1->a/p1/m1', source: 'b/p2/m1', target: 'a/p1/m1', type: 'SIMILAR_TO', weight: 0.5, data: { sharedTerms: [], sharedThemes: [] } },
            ],
            truncated: false,
          },
        },
      },
    };
  });
  await detectOptionalFields();
  const similar = await fetchSimilar({ id: 'a/p1/m1', ministryId: 'a' }, directory);
  expect(similar.map((s) => [s.id, s.score, s.ministryName])).toEqual([
    ['b/p2/m1', 0.5, '乙庁'],
    ['b/p1/m1', 0.4, '乙庁'],
  ]);
  expect(similar[1]).toMatchObject({ sharedTerms: ['研修'], sharedThemes: ['テレワーク'] });
  expect(asked).toEqual(['__type', 'graph']);
  expect(years).toEqual([2024]); // the directory's year
});

test('a server whose schema cannot be read is tried once; after the unknown-field answer the fallback is used at once', async () => {
  serve((query) => {
    if (query.includes('__type(name')) return { status: 400, body: { errors: [{ message: 'introspection is disabled', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] } };
    if (query.includes('search(')) return unknownField('search');
    return { body: { data: { measures: { edges: [{ node: { id: 'a/p1/m1', head: '在宅勤務の', text: '在宅勤務の拡大として、テレワークを推進した。', ministry: { nameJa: '甲省' } } }] } } } };
  });
  await detectOptionalFields();
  const hits = await searchText('テレワーク', 2024);
  expect(hits).toEqual([{ id: 'a/p1/m1', type: 'Measure', title: '在宅勤務の…', subtitle: '甲省', snippet: '在宅勤務の拡大として、<mark>テレワーク</mark>を推進した。' }]);
  await searchText('研修', 2025);
  expect(asked).toEqual(['__type', 'search', 'measures', 'measures']);
  expect(years).toEqual([2024, 2024, 2025]);
});

test('with search: its hits, typed, with the server snippet', async () => {
  serve((query) => {
    if (query.includes('__type(name')) return { body: { data: { __type: { fields: [{ name: 'search' }, { name: 'similarMeasures' }] } } } };
    return {
      body: {
        data: {
          search: [
            { snippet: '<mark>テレワーク</mark>', node: { __typename: 'Theme', id: 'theme/telework', nameJa: 'テレワーク' } },
            { snippet: '…<mark>在宅</mark>…', node: { __typename: 'Measure', id: 'a/p1/m1', head: '在宅勤務の', ministry: { nameJa: '甲省' } } },
          ],
        },
      },
    };
  });
  await detectOptionalFields();
  expect(await searchText('在宅', 2024)).toEqual([
    { id: 'theme/telework', type: 'Theme', title: 'テレワーク', subtitle: '', snippet: '<mark>テレワーク</mark>' },
    { id: 'a/p1/m1', type: 'Measure', title: '在宅勤務の…', subtitle: '甲省', snippet: '…<mark>在宅</mark>…' },
  ]);
});

test('snippetAround: escaped, the match marked, cut with … on each side', () => {
  const text = `${'あ'.repeat(40)}<b>テレワーク&${'い'.repeat(40)}`;
  expect(snippetAround(text, 'テレワーク')).toBe(`…${'あ'.repeat(27)}&lt;b&gt;<mark>テレワーク</mark>&amp;${'い'.repeat(29)}…`);
  expect(snippetAround('短い', '無い')).toBe('短い');
});
