import { MaxCostRule } from '../../../src/server/validation/MaxCostRule';
import { limitErrors } from './harness';

/** The estimated cost of `query` (what the rule reports as `got` with a limit of 1; 0 or 1 if under). */
function costOf(query: string): number {
  const [error] = limitErrors(MaxCostRule({ maxCost: 1, assumedListSize: 10, maxPageSize: 100 }), query);
  return error ? Number(error.extensions.got) : -1;
}

test('scalars are free; each object costs 1', () => {
  expect(costOf('{ ministry(id: "x") { nameJa } stats { counts } }')).toBe(2);
});

test('lists without first count as 10 items, nested lists multiply', () => {
  // ministry 1 + 10 items × (1 + 10 measures × (1 + 10 clauses × 1))
  expect(costOf('{ ministry(id: "x") { priorityItems { measures { clauses { path } } } } }')).toBe(1 + 10 * (1 + 10 * (1 + 10)));
});

test('first multiplies a connection; its edges are not counted twice', () => {
  // 5 × (connection 1 + edges (1 + node 1))
  expect(costOf('{ measures(first: 5) { totalCount edges { node { id } } } }')).toBe(5 * 3);
  // omitted: the field's default first (20)
  expect(costOf('{ measures { edges { node { id } } } }')).toBe(20 * 3);
});

test('first from a variable: its declared default, else the largest page', () => {
  expect(costOf('query ($n: NonNegativeInt = 4) { measures(first: $n) { edges { node { id } } } }')).toBe(4 * 3);
  expect(costOf('query ($n: NonNegativeInt) { measures(first: $n) { edges { node { id } } } }')).toBe(100 * 3);
});

test('inline fragments on an interface are costed on their type', () => {
  expect(costOf('{ node(id: "x") { ... on Measure { clauses { path } } } }')).toBe(1 + 10);
});

test('over the limit is QUERY_TOO_COSTLY, stating the limit and the estimate', () => {
  const rule = MaxCostRule({ maxCost: 10_000, assumedListSize: 10, maxPageSize: 100 });
  const query = '{ ministries(first: 100) { edges { node { priorityItems { measures { clauses { path } } } } } } }';
  const [error] = limitErrors(rule, query);
  expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 10_000, got: 100 * (1 + 1 + 1 + 1110) });
  expect(error.message).toMatch(/^the query's estimated cost is 111300 .* at most 10000 is allowed/u);
  expect(limitErrors(rule, '{ ministriesSharingClause(path: "Ⅱ") { ministry { id } measures { id } clauses { path } } }')).toEqual([]);
});
