import { bracketDepth } from '../../../src/server/validation/bracketDepth';

test('counts {, [ and ( together, the deepest point', () => {
  expect(bracketDepth('{ a { b(x: [1, [2]]) } }')).toBe(5);
  expect(bracketDepth('{ a } { b { c } }')).toBe(2);
  expect(bracketDepth('')).toBe(0);
});

test('brackets in strings, block strings and comments do not count', () => {
  expect(bracketDepth('{ a(s: "{{{[[[(((", t: """ {{{ \\""" {{{ """) # {{{{{{\n }')).toBe(2);
});

test('a 100 000-deep text is measured without recursion', () => {
  expect(bracketDepth('{a'.repeat(100_000) + '}'.repeat(100_000))).toBe(100_000);
});
