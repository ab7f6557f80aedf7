/**
 * Shared by the rule tests: the API's real schema (schema/*.graphql) and a function that validates a
 * document with one rule and returns the limit errors it reported.
 */
import { buildSchema, parse, validate, type ValidationRule } from 'graphql';
import { loadTypeDefs } from '../../../src/server/schema';
import { QueryLimitError } from '../../../src/server/validation/QueryLimitError';

export const schema = buildSchema(loadTypeDefs().join('\n'));

/** The errors `rule` reports on `query` (other rules are not run). */
export function limitErrors(rule: ValidationRule, query: string): QueryLimitError[] {
  return validate(schema, parse(query), [rule]).map((e) => {
    if (!(e instanceof QueryLimitError)) throw new Error(`not a limit error: ${e.message}`);
    return e;
  });
}

/** `{ ministry(id: "x") { clauses { parent { parent … { id } } } } }` with `parents` parents: depth 3 + parents. */
export function clauseChain(parents: number): string {
  return `{ ministry(id: "x") { clauses { ${'parent { '.repeat(parents)}id${' }'.repeat(parents)} } } }`;
}
