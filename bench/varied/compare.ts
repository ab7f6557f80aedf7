/**
 * Whether our answer and the anchor's answer the same question: the parts both carry (ids, order,
 * totals, scores), from each server's own shape. A difference says what differs.
 */
export type Comparison = { readonly same: true } | { readonly same: false; readonly what: string };

function agree(what: string, ours: unknown, anchor: unknown): Comparison {
  const a = JSON.stringify(ours);
  const b = JSON.stringify(anchor);
  return a === b ? { same: true } : { same: false, what: `${what}: ours ${a.slice(0, 300)}, anchor ${b.slice(0, 300)}` };
}

/** Item titles and measure ids, in report order. */
export function compareMinistryTree(o: any, a: any): Comparison {
  const tree = (items: any[]) => items.map((p) => [p.title, p.measures.map((m: any) => m.id)]);
  return agree('items and measures', tree(o.ministry?.priorityItems ?? []), tree(a.ministries[0]?.priorityItems ?? []));
}

/** The page's ministries with their measures there, and the total. */
export function compareSharing(o: any, a: any): Comparison {
  const c = o.ministriesSharingClause;
  const x = a.ministriesConnection;
  return agree(
    'total, ministries and measures',
    [c.totalCount, c.edges.map((e: any) => [e.node.ministry.id, e.node.measures.map((m: any) => m.id)])],
    [x.totalCount, x.edges.map((e: any) => [e.node.id, e.node.priorityItems.flatMap((p: any) => p.measures.map((m: any) => m.id))])],
  );
}

/** The page's measure ids and the total. */
export function compareMeasurePage(o: any, a: any): Comparison {
  return agree('total and measures', [o.measures.totalCount, o.measures.edges.map((e: any) => e.node.id)], [a.measuresConnection.totalCount, a.measuresConnection.edges.map((e: any) => e.node.id)]);
}

/** Neighbours and scores, best first (equal scores in id order: neither server promises an order among ties). */
export function compareSimilar(o: any, a: any): Comparison {
  const ranked = (rows: [string, number][]) => rows.map(([id, s]) => [id, Math.round(s * 1e6) / 1e6] as const).sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]));
  return agree(
    'neighbours and scores',
    ranked(o.similarMeasures.map((s: any) => [s.measure.id, s.score])),
    ranked((a.measures[0]?.similarConnection.edges ?? []).map((e: any) => [e.node.id, e.properties.score])),
  );
}
