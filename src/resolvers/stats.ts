/**
 * The `stats` root query: counts by node label and relationship type, and the reports loaded.
 */
import type { ReportRow } from '../../loaders/models';
import type { NoArgs, RootResolver } from './types';

interface TypeCount {
  readonly type: string;
  readonly count: number;
}

interface Stats {
  readonly nodes: TypeCount[];
  readonly edges: TypeCount[];
  readonly counts: { nodes: Record<string, number>; edges: Record<string, number> };
  readonly reports: ReportRow[];
}

export const statsQueries = {
  stats: (async (_root, _args, { readers }) => {
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
  }) as RootResolver<NoArgs, Stats>,
};
