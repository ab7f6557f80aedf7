import { MaxDepthRule } from '../../../src/server/validation/MaxDepthRule';
import { clauseChain, limitErrors } from './harness';

const rule = MaxDepthRule(12);

test('a query 12 levels deep passes; 13 is QUERY_TOO_DEEP stating the limit and the depth', () => {
  expect(limitErrors(rule, clauseChain(9))).toEqual([]);
  const [error, ...more] = limitErrors(rule, clauseChain(10));
  expect(more).toEqual([]);
  expect(error.code).toBe('QUERY_TOO_DEEP');
  expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 12, got: 13 });
  expect(error.message).toBe('the query nests fields 13 levels deep; at most 12 are allowed');
});

test('depth is counted through fragments and inline fragments, where they are spread', () => {
  // node 1 + 11 parents + id 1
  const query = `
    query { node(id: "x") { ... on Clause { ...Up } } }
    fragment Up on Clause { ${'parent { '.repeat(11)}id${' }'.repeat(11)} }`;
  expect(limitErrors(rule, query)[0].extensions).toMatchObject({ got: 13 });
});

test('introspection fields do not count', () => {
  expect(limitErrors(MaxDepthRule(2), '{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toEqual([]);
});

test('a fragment cycle is cut rather than followed forever', () => {
  const query = 'query { clause(path: "Ⅱ") { ...A } } fragment A on Clause { parent { ...B } } fragment B on Clause { children { ...A } }';
  // clause → parent → children, where A would open again
  expect(limitErrors(MaxDepthRule(2), query)[0].extensions).toMatchObject({ got: 3 });
});

test('fragments spread over and over are checked in linear time', () => {
  // F0 spreads F1 twice, F1 spreads F2 twice, …: 2^40 paths if expanded naively.
  const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Clause { parent { ...F${i + 1} } children { ...F${i + 1} } }`);
  const query = `{ clause(path: "Ⅱ") { ...F0 } } ${fragments.join(' ')} fragment F40 on Clause { id }`;
  expect(limitErrors(rule, query)[0].extensions).toMatchObject({ got: 42 });
});

test('a bad limit is a TypeError naming it', () => {
  expect(() => MaxDepthRule(0)).toThrow(/maxDepth must be a whole number ≥ 1; got 0/u);
});

test('a 1 000-level document is refused with folding stopped at 200 levels', () => {
  // (Texts nested deeper than 256 never reach the parser: see bracketDepth.)
  const [error] = limitErrors(rule, clauseChain(1_000));
  expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 12 });
  expect(error.message).toBe('the query nests fields more than 200 levels deep; at most 12 are allowed');
});
