/** normalizeClausePath: the forms users type, back to the canonical path. */
import { normalizeClausePath } from '../../../src/ingest/clauses';

describe('normalizeClausePath', () => {
  test.each([
    ['Ⅱ.3.(1)②ア', 'Ⅱ.3.(1)②ア'],
    ['Ⅱ.3.(1)②', 'Ⅱ.3.(1)②'],
    ['Ⅱ.1.(2)', 'Ⅱ.1.(2)'],
    ['Ⅱ.3', 'Ⅱ.3'],
    ['Ⅳ', 'Ⅳ'],
    ['Ⅳ.(1)③', 'Ⅳ.(1)③'],
    ['II.3.(1)2', 'Ⅱ.3.(1)②'],
    ['II.3.(1)2ア', 'Ⅱ.3.(1)②ア'],
    ['IV.(1)3', 'Ⅳ.(1)③'],
    ['iv(1)3', 'Ⅳ.(1)③'],
    ['Ⅱ．３．（１）②', 'Ⅱ.3.(1)②'],
    ['Ⅱ.３.⑴②', 'Ⅱ.3.(1)②'],
    [' Ⅱ . 3 . ( 1 ) ② ', 'Ⅱ.3.(1)②'],
    ['Ⅱ.3.', 'Ⅱ.3'],
    ['II.1.(1)12', 'Ⅱ.1.(1)⑫'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeClausePath(input)).toBe(expected);
  });

  test.each([[''], ['3.(1)'], ['Ⅱ.3②'], ['Ⅱ.3.(1)ア'], ['Ⅱ.0'], ['XIV.1'], ['Ⅱ-3'], ['管理職'], ['Ⅱ.3.(1)②ン']])(
    '%j is not a path',
    (input) => {
      expect(normalizeClausePath(input)).toBeNull();
    },
  );

  test('is idempotent on its output', () => {
    for (const p of ['Ⅱ.3.(1)②ア', 'Ⅳ.(1)③', 'Ⅱ.1']) expect(normalizeClausePath(normalizeClausePath(p) ?? '')).toBe(p);
  });
});
