/**
 * Validation rule: an operation nests fields at most `maxDepth` levels deep (`{ a { b } }` is 2).
 * Deeper documents are QUERY_TOO_DEEP.
 */
import type { ASTVisitor, FieldNode, ValidationContext, ValidationRule } from 'graphql';
import { QueryLimitError } from './QueryLimitError';
import { MAX_FOLD_NESTING, SelectionFolder } from './SelectionFolder';

export function MaxDepthRule(maxDepth: number): ValidationRule {
  if (!Number.isSafeInteger(maxDepth) || maxDepth < 1) throw new TypeError(`maxDepth must be a whole number ≥ 1; got ${maxDepth}`);
  return (context: ValidationContext): ASTVisitor => {
    const depth = (field: FieldNode): number => 1 + (field.selectionSet ? folder.fold(field.selectionSet, undefined) : 0);
    const folder = new SelectionFolder(context, depth, Math.max);
    return {
      OperationDefinition(node) {
        const got = folder.fold(node.selectionSet, undefined);
        if (got > maxDepth) {
          // Folding stops at MAX_FOLD_NESTING levels: deeper than that is said as "more than".
          const said = got >= MAX_FOLD_NESTING ? `more than ${MAX_FOLD_NESTING}` : String(got);
          context.reportError(
            new QueryLimitError('QUERY_TOO_DEEP', maxDepth, got, `the query nests fields ${said} levels deep; at most ${maxDepth} are allowed`, node),
          );
        }
        return false;
      },
    };
  };
}
