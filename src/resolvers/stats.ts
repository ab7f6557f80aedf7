/**
 * The `stats` and `reports` root queries: counts by node label and relationship type, of one
 * fiscal year or of every year loaded, and the reports loaded.
 */
import type { QueryResolvers, TypeCount } from '../generated/graphql';
import { reportFor } from './fiscalYear';

export const statsQueries: QueryResolvers = {
  reports: (_root, _args, { served }) => {
    if (served.unavailable) throw served.unavailable;
    return [...served.reports];
  },

  stats: async (_root, { fiscalYear }, { readers, served }) => {
    if (served.unavailable) throw served.unavailable;
    const reports = fiscalYear == null ? [...served.reports] : [reportFor(served, fiscalYear)];
    const rows = await readers.graphCounts(reports.map((r) => r.version));
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
