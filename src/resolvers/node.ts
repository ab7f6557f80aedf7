/**
 * The `Node` interface: `node(id)` for any type, and the type of a loaded node.
 */
import type { NodeRow } from '../../loaders/models';
import type { NodeResolvers, QueryResolvers } from '../generated/graphql';
import { fiscalYearOfId } from '../model/ids';
import { uidIn, uidOfYearScopedId } from './fiscalYear';

export const Node: NodeResolvers = {
  // Rows from `nodesById` carry their type (the `__typename` the query adds).
  __resolveType: (row) => ('__typename' in row ? (row as NodeRow).__typename : null),
};

export const nodeQueries: QueryResolvers = {
  // Item and measure ids say their year; other ids are read in `fiscalYear` (default: the latest).
  node: async (_root, { id, fiscalYear }, { loaders, served }) => {
    const uid = fiscalYearOfId(id) === null ? uidIn(served, fiscalYear, id) : uidOfYearScopedId(served, id);
    return uid === null ? null : loaders.node.load(uid);
  },
};
