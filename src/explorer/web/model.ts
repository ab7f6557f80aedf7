/**
 * What the page draws and shows: the `graph` query's nodes and edges (the server's own types), and
 * the look of each type.
 */
import type { GraphNode, GraphNodeType } from '../../graph/model';

export type { Graph, GraphEdge, GraphNode } from '../../graph/model';
export type NodeType = GraphNodeType;

/** Legend order, colours and Japanese names of the node types. */
export const NODE_TYPES: readonly { readonly type: NodeType; readonly nameJa: string; readonly color: string }[] = [
  { type: 'Ministry', nameJa: '府省等', color: '#1f5fa8' },
  { type: 'PriorityItem', nameJa: '重点項目', color: '#e08a1e' },
  { type: 'Measure', nameJa: '取組', color: '#2e9a48' },
  { type: 'Clause', nameJa: '取組指針の項目', color: '#7b4fb5' },
  { type: 'Theme', nameJa: 'テーマ', color: '#d1495b' },
];

export function typeInfo(type: NodeType): { readonly nameJa: string; readonly color: string } {
  return NODE_TYPES.find((t) => t.type === type) ?? { nameJa: type, color: '#888' };
}

/**
 * The mark of a priority item whose title–row alignment is doubtful (the API's `alignment.doubtful`:
 * a machine match under the review threshold), in the drawing, the legend and the panel.
 */
export const DOUBTFUL = { color: '#c62828', nameJa: '対応が不確かな重点項目', nameEn: 'doubtful alignment' } as const;

/** True for a priority item node the graph marks doubtful (its `alignmentDoubtful` property). */
export function isDoubtful(node: GraphNode): boolean {
  return node.type === 'PriorityItem' && node.data.alignmentDoubtful === true;
}

/** The similarity edges: drawn dashed; left out of the whole-graph view (they outnumber the rest). */
export const SIMILAR_TO = 'SIMILAR_TO';

/** The relationship types of the whole-graph view. */
export const OVERVIEW_EDGE_TYPES = ['HAS_PRIORITY', 'HAS_MEASURE', 'UNDER_CLAUSE', 'HAS_CHILD', 'HAS_PLAN_CLAUSE', 'HAS_THEME'];

/** How far a search result's neighbourhood reaches: a ministry down to its measures, others one hop. */
export function neighbourhoodDepth(type: NodeType): number {
  return type === 'Ministry' ? 2 : 1;
}
