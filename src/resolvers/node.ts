/**
 * The `Node` interface: `node(id)` for any type, and the type of a loaded node.
 */
import type { NodeRow } from '../../loaders/models';
import type { RootResolver } from './types';

export const Node = {
  /** Rows from `nodesById` carry their type; the others are resolved by their own typed fields. */
  __resolveType: (row: { __typename?: string }): string | null => row.__typename ?? null,
};

export const nodeQueries = {
  node: ((_root, { id }, { loaders }) => loaders.node.load(id)) as RootResolver<{ id: string }, NodeRow | null>,
};
