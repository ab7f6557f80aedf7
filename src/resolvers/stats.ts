/**
 * The `stats` root query: counts by node label and relationship type, and the reports loaded.
 */
import type { QueryResolvers, TypeCount } from '../generated/graphql';

export const statsQueries: QueryResolvers = {
  stats: async (_root, _args, { readers }) => {
    const [rows, reports] = await Promise.all([readers.graphCounts(), readers.reports()]);
    const byType = (kind: 'node' | 'edge'): TypeCount[] =>
      rows
        .filter((r) => r.kind === kind)
        .map(({ type, count }) => ({ type, count }))
        .sort((a, b) => a.type.localeCompare(b.type));
    const nodes = byType('node');
    const edges = byType('edge');
    const asObject = (list: TypeCount[]) => Object.fromEntries(list.map((t) => [t.type, t.count]));
    return { nodes, edges, counts: { nodes: asObject(nodes), edges: asObject(edges) }, reports };
  },
};
