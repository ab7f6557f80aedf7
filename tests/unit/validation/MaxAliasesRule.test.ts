import { MaxAliasesRule } from '../../../src/server/validation/MaxAliasesRule';
import { limitErrors } from './harness';

const aliased = (n: number): string => `{ ${Array.from({ length: n }, (_, i) => `a${i}: stats { counts }`).join(' ')} }`;

test('30 aliases pass; 31 is TOO_MANY_ALIASES stating the limit and the count', () => {
  const rule = MaxAliasesRule(30);
  expect(limitErrors(rule, aliased(30))).toEqual([]);
  const [error] = limitErrors(rule, aliased(31));
  expect(error.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: 30, got: 31 });
  expect(error.message).toBe('the query uses 31 field aliases; at most 30 are allowed');
});

test('aliases inside a fragment count once per spread, nested ones too', () => {
  const query = `{ a: ministry(id: "x") { ...M } b: ministry(id: "y") { ...M } }
    fragment M on Ministry { n1: nameJa n2: nameJa items: priorityItems { t: title } }`;
  expect(limitErrors(MaxAliasesRule(0), query)[0].extensions).toMatchObject({ got: 2 + 2 * 4 });
});
