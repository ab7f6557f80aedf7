/**
 * The `Node` interface: `node(id)` for any type, and the type of a loaded node.
 */
import type { NodeRow } from '../../loaders/models';
import type { NodeResolvers, QueryResolvers } from '../generated/graphql';

export const Node: NodeResolvers = {
  // Rows from `nodesById` carry their type (the `__typename` the query adds).
  __resolveType: (row) => ('__typename' in row ? (row as NodeRow).__typename : null),
};

export const nodeQueries: QueryResolvers = {
  node: (_root, { id }, { loaders }) => loaders.node.load(id),
};
