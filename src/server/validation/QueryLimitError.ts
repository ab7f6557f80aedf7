/**
 * The error a limit rule reports: a GraphQLError with the limit's code, the limit, and what the
 * request came with, so a client can tell which limit it hit and by how much.
 */
import { GraphQLError, type ASTNode } from 'graphql';

export type QueryLimitCode = 'QUERY_TOO_DEEP' | 'QUERY_TOO_COSTLY' | 'TOO_MANY_ALIASES';

export class QueryLimitError extends GraphQLError {
  constructor(
    readonly code: QueryLimitCode,
    readonly limit: number,
    readonly got: number,
    message: string,
    node: ASTNode,
  ) {
    super(message, { nodes: node, extensions: { code, limit, got } });
    this.name = 'QueryLimitError';
  }
}
