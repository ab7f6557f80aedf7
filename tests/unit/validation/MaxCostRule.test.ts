import { MaxCostRule } from '../../../src/server/validation/MaxCostRule';
import { listSize } from '../../../src/server/validation/listSizes';
import { limitErrors } from './harness';

const options = { listSize, maxPageSize: 100 };

/** The estimated cost of `query` (what the rule reports as `got` with a limit of 1; 0 or 1 if under). */
function costOf(query: string): number {
  const [error] = limitErrors(MaxCostRule({ ...options, maxCost: 1 }), query);
  return error ? Number(error.extensions.got) : -1;
}

test('scalars are free; each object costs 1', () => {
  expect(costOf('{ ministry(id: "x") { nameJa } stats { counts } }')).toBe(2);
});

test('lists without first count as their usual size (10 unless listed), nested lists multiply', () => {
  // ministry 1 + 10 items × (1 + 10 measures × (1 + 10 clauses × 1))
  expect(costOf('{ ministry(id: "x") { priorityItems { measures { clauses { path } } } } }')).toBe(1 + 10 * (1 + 10 * (1 + 10)));
  // a theme's clauses: up to 50
  expect(costOf('{ theme(id: "telework") { clauses { path } } }')).toBe(1 + 50);
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

test('over the limit is QUERY_TOO_COSTLY, stating the limit and the estimate; the whole graph in one query is within it', () => {
  const rule = MaxCostRule({ ...options, maxCost: 250_000 });
  expect(limitErrors(rule, '{ ministries(first: 100) { edges { node { priorityItems { measures { clauses { path } } } } } } }')).toEqual([]);
  // every clause tree root, 100 of its measures (connection, edge, node), their clauses, 100 of their
  // measures: 10 × (1 + 100 × (3 + 10 × (1 + 100 × 3)))
  const query = '{ clauseTree { measures(first: 100) { edges { node { clauses { measures(first: 100) { edges { node { id } } } } } } } } }';
  const [error] = limitErrors(rule, query);
  expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 250_000, got: 3_013_010 });
  expect(error.message).toMatch(/^the query's estimated cost is 3013010 .* at most 250000 is allowed/u);
  expect(limitErrors(rule, '{ ministriesSharingClause(path: "Ⅱ", first: 100) { edges { node { ministry { id } measures { id } clauses { path } } } } }')).toEqual([]);
});
