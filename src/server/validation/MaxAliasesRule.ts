/**
 * Validation rule: an operation uses at most `maxAliases` field aliases (counted where fragments
 * are spread), so one request cannot repeat an expensive field under hundreds of names.
 * More is TOO_MANY_ALIASES.
 */
import type { ASTVisitor, FieldNode, ValidationContext, ValidationRule } from 'graphql';
import { QueryLimitError } from './QueryLimitError';
import { SelectionFolder } from './SelectionFolder';

export function MaxAliasesRule(maxAliases: number): ValidationRule {
  if (!Number.isSafeInteger(maxAliases) || maxAliases < 0) throw new TypeError(`maxAliases must be a whole number ≥ 0; got ${maxAliases}`);
  return (context: ValidationContext): ASTVisitor => {
    const aliases = (field: FieldNode): number => (field.alias ? 1 : 0) + (field.selectionSet ? folder.fold(field.selectionSet, undefined) : 0);
    const folder = new SelectionFolder(context, aliases, (a, b) => a + b);
    return {
      OperationDefinition(node) {
        const got = folder.fold(node.selectionSet, undefined);
        if (got > maxAliases) {
          context.reportError(
            new QueryLimitError('TOO_MANY_ALIASES', maxAliases, got, `the query uses ${got} field aliases; at most ${maxAliases} are allowed`, node),
          );
        }
        return false;
      },
    };
  };
}
