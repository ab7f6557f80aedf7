/**
 * Validation rule: the public API is read-only, so a mutation or subscription operation is a
 * client error (GRAPHQL_VALIDATION_FAILED, HTTP 400) rather than an execution failure.
 */
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

export function ReadOnlyOperationsRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== 'query') {
        context.reportError(
          new GraphQLError(`this API is read-only: operations must be queries; got a ${node.operation}`, { nodes: node }),
        );
      }
    },
  };
}
