/**
 * Builds the subgraph around seeds by frontier expansion: the seeds, then the unseen neighbours of
 * the last hop's nodes hop by hop, until `depth` hops or `limit` nodes; then every relationship
 * among the kept nodes. Round trips: the seeds with the first hop, one per middle hop, the last hop
 * with the relationships (a ministry at depth 2: two). Nodes nearer the seeds are kept first, so a
 * cut drops the far ones; within a hop the order is by type (GRAPH_NODE_TYPES), then the strongest
 * score linking the node (SIMILAR_TO), then id, so answers are stable and a cut keeps the most
 * similar.
 */
import type { EdgesAmong, GraphNodeRow, GraphReader, HopRequest, SeedIds } from '../../loaders/graphReader';
import { byCodeUnits, edgeId, GRAPH_NODE_TYPES, SIMILAR_TO, type Graph, type GraphEdge, type GraphNode, type GraphNodeType } from './model';
import { nodeLabel } from './nodeLabel';

/** Where the expansion starts: the whole graph, or seeds. */
export type GraphStart = { readonly kind: 'all' } | { readonly kind: 'seeds'; readonly ids: SeedIds };

export interface GraphRequest {
  readonly start: GraphStart;
  /** Hops from the seeds (ignored for `all`). */
  readonly depth: number;
  /** Most nodes returned. */
  readonly limit: number;
  /** Node types kept and walked through (seeds are kept whatever their type). */
  readonly nodeTypes: readonly GraphNodeType[];
  /** Relationship types walked and returned; null for every type. */
  readonly edgeTypes: readonly string[] | null;
  /**
   * Whether nodes and edges carry all their properties as `data` (false when the caller will not
   * show them: nodes then carry only what their label is made of, edges nothing — less to read).
   */
  readonly withData: boolean;
  /** SIMILAR_TO kept per measure: its strongest N among the nodes (null: every one). */
  readonly similarPerNode: number | null;
}

/** Node properties that are search keys, not information (left out of `data`). */
const INTERNAL_PROPERTIES = new Set(['uid', 'version', 'rank', 'textCompact', 'searchText', 'termKeys']);

/** The subgraph `request` asks for (validated arguments: depth ≥ 0, limit ≥ 1). */
export async function expandGraph(reader: GraphReader, request: GraphRequest): Promise<Graph> {
  const types = GRAPH_NODE_TYPES.filter((t) => request.nodeTypes.includes(t));
  const kept = new Map<string, GraphNodeRow>();
  let truncated = false;
  /** Keeps the rows that fit and returns them; notes a cut. */
  const keep = (rows: readonly GraphNodeRow[]): GraphNodeRow[] => {
    const room = request.limit - kept.size;
    if (rows.length > room) truncated = true;
    const added = rows.slice(0, Math.max(room, 0));
    for (const row of added) kept.set(row.id, row);
    return added;
  };

  // The relationships come with the last hop when it runs (one round trip fewer), else apart.
  let edgeRows: EdgesAmong | null = null;
  if (request.start.kind === 'all') {
    keep(await reader.allNodes(types, request.limit, request.withData));
  } else {
    // The first hop rides with the seeds (one round trip); it is used only if the seeds fit.
    const first = await reader.seedsAndFirstHop(request.start.ids, { types, edgeTypes: request.edgeTypes, limit: request.limit, depth: request.depth, withData: request.withData });
    let frontier = keep(first.seeds.sort(byTypeThenId)).map((row) => row.id);
    for (let hop = 1; hop <= request.depth && frontier.length > 0 && !truncated; hop++) {
      // With no room left the query still asks for one row: if one comes, the limit cut the answer.
      const next: HopRequest = { frontier, seen: [...kept.keys()], types, edgeTypes: request.edgeTypes, limit: request.limit - kept.size, withData: request.withData, similarPerNode: request.similarPerNode };
      let rows: GraphNodeRow[];
      if (hop === 1) rows = first.neighbours;
      else if (hop === request.depth) {
        const last = await reader.hop(next, true);
        rows = last.rows;
        edgeRows = last;
      }
      else ({ rows } = await reader.hop(next, false));
      frontier = keep(rows).map((row) => row.id);
    }
  }

  edgeRows ??= kept.size === 0 ? { edges: [], similarAmong: 0 } : await reader.edgesAmong([...kept.keys()], request.edgeTypes, request.withData, request.similarPerNode);
  const edges = new Map<string, GraphEdge>();
  let similarKept = 0;
  for (const row of edgeRows.edges) {
    if (row.type === SIMILAR_TO) similarKept++;
    const id = edgeId(row.type, row.source, row.target);
    if (!edges.has(id)) edges.set(id, { id, source: row.source, target: row.target, type: row.type, weight: row.weight, data: row.data });
  }
  return { nodes: [...kept.values()].map(toGraphNode), edges: [...edges.values()], truncated, similarEdgesOmitted: edgeRows.similarAmong - similarKept };
}

function toGraphNode(row: GraphNodeRow): GraphNode {
  const data = Object.fromEntries(Object.entries(row.data).filter(([key, value]) => value !== null && !INTERNAL_PROPERTIES.has(key)));
  return { id: row.id, type: row.type, label: nodeLabel(row.type, row.id, data), data };
}

function byTypeThenId(a: GraphNodeRow, b: GraphNodeRow): number {
  return GRAPH_NODE_TYPES.indexOf(a.type) - GRAPH_NODE_TYPES.indexOf(b.type) || byCodeUnits(a.id, b.id);
}
