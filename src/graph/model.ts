/**
 * The graph-shaped view of the knowledge graph that front-ends draw: nodes and edges with stable
 * ids, a readable label per node and the node's properties. Shared by the `graph` query, the
 * exports (GraphML, Cytoscape JSON, CSV) and the explorer page.
 */

/** Node types that can be drawn, in the order nodes are kept when a limit cuts a hop. */
export const GRAPH_NODE_TYPES = ['Ministry', 'PriorityItem', 'Measure', 'Clause', 'Theme'] as const;

export type GraphNodeType = (typeof GRAPH_NODE_TYPES)[number];

export interface GraphNode {
  /** The node's `id` property (ids are unique across types). */
  readonly id: string;
  readonly type: GraphNodeType;
  readonly label: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface GraphEdge {
  /** `TYPE:<source>-><target>`. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly weight: number;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** True when the node limit cut the answer. */
  readonly truncated: boolean;
  /** SIMILAR_TO among the nodes left out by `similarPerNode` (0 when every one is drawn). */
  readonly similarEdgesOmitted: number;
}

/** What the `graph` query returns: the graph and, on request, its Cytoscape elements. */
export interface GraphAnswer extends Graph {
  readonly elements: unknown;
}

/** Largest `depth` and `limit` the API accepts (the whole graph is ~350 nodes). */
export const MAX_DEPTH = 3;
export const MAX_LIMIT = 2000;

/** The relationship between similar measures (the one `similarPerNode` cuts). */
export const SIMILAR_TO = 'SIMILAR_TO';

/**
 * SIMILAR_TO drawn per measure by default: its 3 strongest among the nodes. A measure has ~27
 * (both directions); drawn all at once they were 76 % of a depth-2 neighbourhood's edges (1 117 of
 * 1 465) and a tangle no one reads. Most accepted: 100.
 */
export const DEFAULT_SIMILAR_PER_NODE = 3;
export const MAX_SIMILAR_PER_NODE = 100;

/** Ids in code-unit order, as Cypher's ORDER BY orders strings (not locale order): answers are stable. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The stable id of a relationship. */
export function edgeId(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
