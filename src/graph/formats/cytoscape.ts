/**
 * Cytoscape's `elements` JSON (Cytoscape.js `cytoscape({ elements })`, Cytoscape desktop's
 * "Cytoscape.js JSON" import): `{ nodes: [{ data, classes }], edges: [{ data }] }`, each node's
 * `data` its properties plus `id`, `label`, `type`.
 */
import type { Graph } from '../model';

export interface CytoscapeElements {
  readonly nodes: { readonly data: Record<string, unknown>; readonly classes: string }[];
  readonly edges: { readonly data: Record<string, unknown> }[];
}

export interface CytoscapeOptions {
  /**
   * Nest each clause in its parent clause (`data.parent`, a compound node) instead of drawing the
   * HAS_CHILD edge between them.
   */
  readonly compoundClauses: boolean;
}

/** The graph as Cytoscape elements. Our keys (`id`, `label`, `type`, `source`…) win over properties. */
export function toCytoscapeElements(graph: Graph, options: CytoscapeOptions): CytoscapeElements {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const parentOf = new Map<string, string>();
  if (options.compoundClauses) {
    for (const e of graph.edges) if (e.type === 'HAS_CHILD' && ids.has(e.source)) parentOf.set(e.target, e.source);
  }
  return {
    nodes: graph.nodes.map((n) => {
      const parent = parentOf.get(n.id);
      return { data: { ...n.data, id: n.id, label: n.label, type: n.type, ...(parent === undefined ? {} : { parent }) }, classes: n.type };
    }),
    edges: graph.edges
      .filter((e) => !(e.type === 'HAS_CHILD' && parentOf.get(e.target) === e.source))
      .map((e) => ({ data: { ...e.data, id: e.id, source: e.source, target: e.target, type: e.type, weight: e.weight } })),
  };
}
