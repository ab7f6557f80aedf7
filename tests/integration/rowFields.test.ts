/**
 * The read queries send what resolvers read and not what only ingest and the text indexes use
 * (loaders/models.ts): a measure's text again (`textCompact`), an item's alignment keys, a theme's
 * search text. Every row the executor returns while the API answers questions over every loader
 * that reads measures and items (pages, trees, lookups, similarity, search, lineage, diffs) is
 * searched for them: a query that sends one again fails here.
 */
import type { Row } from '../../src/db/executor';
import { bundledReportOfYear, tempReport } from '../helpers/reportYears';
import { useApi } from './helpers/api';

jest.setTimeout(120_000);

const api = useApi({ alsoLoad: [tempReport(bundledReportOfYear(7), 'r7.txt')] });

const LEFT_OUT = ['textCompact', 'searchText', 'rawClauses', 'rowKeys', 'titleKey', 'titleLines'];

/** Every [query, path, key] of `rows` where a left-out key holds a value. */
function leftOutFound(query: string, value: unknown, path: string, found: string[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => leftOutFound(query, v, `${path}[${i}]`, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (LEFT_OUT.includes(key) && v !== null && v !== undefined) found.push(`${query} ${path}.${key}`);
      else leftOutFound(query, v, `${path}.${key}`, found);
    }
  }
}

test('no row the API reads carries search keys or ingest provenance; the answers still hold what they ask', async () => {
  const executor = api.executor();
  const read = executor.read.bind(executor);
  const found: string[] = [];
  const queries = new Set<string>();
  const spy = jest.spyOn(executor, 'read').mockImplementation(async (name: string, params?: Row) => {
    const rows = await read(name, params);
    queries.add(name);
    leftOutFound(name, rows, '', found);
    return rows;
  });
  try {
    const measure = '2024/cabinet-office/p4/m2';
    const item = '2024/cabinet-office/p4';
    const fields = 'id text head status priorityItem { id title alignment { confidence method evidence { kind } } ministry { id } } clauses { path }';
    const asked = [
      `{ ministry(id: "cabinet-office") { priorityItems { id title measures { ${fields} } } } }`,
      `{ ministry(id: "cabinet-office") { priorityItems { id title } } }`,
      `{ measures(first: 5, where: { textContains: "テレワーク" }) { edges { node { ${fields} } } } }`,
      `{ priorityItems(first: 5) { edges { node { id title measures { id text } } } } }`,
      `{ measure(id: "${measure}") { ${fields} } priorityItem(id: "${item}") { id title measures { id } } }`,
      `{ node(id: "${measure}") { id ... on Measure { text } } item: node(id: "${item}") { id ... on PriorityItem { title } } }`,
      `{ similarMeasures(measureId: "${measure}", first: 3) { measure { ${fields} } } }`,
      `{ search(text: "テレワーク", first: 5) { node { __typename ... on Measure { id text } ... on PriorityItem { id title } ... on Theme { id nameJa } } } }`,
      `{ ministriesSharingClause(path: "Ⅱ.3.(1)②", first: 2) { edges { node { measures { id text } } } } }`,
      `{ measures(first: 5, fiscalYear: 2025) { edges { node { id predecessor { measure { id text } } priorityItem { predecessor { priorityItem { id title } } } } } } }`,
      `{ measure(id: "${measure}") { successors { measure { id text } } priorityItem { successors { priorityItem { id title } } } } }`,
      `{ reportDiff(from: 2024, to: 2025) { measures(first: 5) { edges { node { before { id text } after { id text } } } } } }`,
    ];
    for (const query of asked) {
      const answer = await api.gql(query);
      expect({ query, errors: answer.body.errors }).toEqual({ query, errors: undefined });
    }
    const data = await api.data(`{ measure(id: "${measure}") { ${fields} } }`);
    expect(data.measure.text.length).toBeGreaterThan(10);
    expect(data.measure.priorityItem.alignment.evidence.length).toBeGreaterThan(0);
  } finally {
    spy.mockRestore();
  }
  expect(found).toEqual([]);
  for (const name of ['read/ministryTreesById', 'read/measurePages', 'read/similarByMeasure', 'read/search', 'read/nodesById', 'read/reportDiff', 'read/predecessorsById', 'read/successorsById', 'read/priorityItems', 'read/priorityItemsByMinistry']) expect(queries).toContain(name);
});
