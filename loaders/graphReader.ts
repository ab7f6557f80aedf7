/**
 * The reads of the `graph` query and the exports: seed nodes, every node, one hop of neighbours,
 * and the relationships among a set of nodes — each one query file, run once per call.
 */
import type { Executor, Reader } from '../src/db/executor';
import type { GraphNodeType } from '../src/graph/model';
import { cutSimilar } from '../src/graph/similarCut';
import { runQuery } from './queries';

/** A node as the graph queries return it: id, label and properties. */
export interface GraphNodeRow {
  readonly id: string;
  readonly type: GraphNodeType;
  readonly data: Record<string, unknown>;
}

export interface GraphEdgeRow {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly weight: number;
  readonly data: Record<string, unknown>;
}

export interface SeedIds {
  readonly ministryIds: readonly string[];
  readonly measureIds: readonly string[];
  /** Node ids ("clause/<canonical path>"). */
  readonly clauseIds: readonly string[];
  readonly themeIds: readonly string[];
  /** Ids of nodes of any drawable type. */
  readonly nodeIds: readonly string[];
}

/** One hop: the unseen neighbours of `frontier` (see cypher/read/graphHop.cypher). */
export interface HopRequest {
  readonly frontier: readonly string[];
  readonly seen: readonly string[];
  readonly types: readonly GraphNodeType[];
  readonly edgeTypes: readonly string[] | null;
  /** Room left: at most `limit + 1` rows come back. */
  readonly limit: number;
  /** All properties as `data`; without, only what labels are made of (nodes) and none (edges). */
  readonly withData: boolean;
  /** SIMILAR_TO kept per measure among the nodes: its strongest N (null: all); see src/graph/similarCut.ts. */
  readonly similarPerNode: number | null;
}

/** The relationships among a set of nodes. */
export interface EdgesAmong {
  readonly edges: GraphEdgeRow[];
  /** SIMILAR_TO among the nodes, kept in `edges` or left out by `similarPerNode`. */
  readonly similarAmong: number;
}

export interface GraphReader {
  /**
   * The seeds and, when `depth` ≥ 1 and they fit in `limit`, the first hop from them (every seed
   * the frontier and seen; at most `limit` − seeds + 1 neighbours): one round trip.
   */
  seedsAndFirstHop(
    ids: SeedIds,
    hop: { readonly types: readonly GraphNodeType[]; readonly edgeTypes: readonly string[] | null; readonly limit: number; readonly depth: number; readonly withData: boolean },
  ): Promise<{ seeds: GraphNodeRow[]; neighbours: GraphNodeRow[] }>;
  /** Every node of `types`, at most `limit + 1`, in `types` order then id. */
  allNodes(types: readonly GraphNodeType[], limit: number, withData: boolean): Promise<GraphNodeRow[]>;
  /**
   * Unseen neighbours of `frontier` (`rows`, at most `limit + 1`, in `types` order then id) and,
   * with `withEdges`, the relationships among `seen` plus the first `limit` rows: one round trip.
   */
  hop(request: HopRequest, withEdges: boolean): Promise<{ rows: GraphNodeRow[] } & EdgesAmong>;
  /** The relationships among `ids` of `edgeTypes` (null: any), SIMILAR_TO cut to `similarPerNode`. */
  edgesAmong(ids: readonly string[], edgeTypes: readonly string[] | null, withData: boolean, similarPerNode: number | null): Promise<EdgesAmong>;
}

/** Where `graph` reads from: one year's report. */
export interface GraphSource {
  /**
   * Runs `work` with a reader of `version` (one year's report). Each of its queries is one read of
   * the executor (auto-commit): every query names the version, which keeps an expansion on one
   * report — a transaction around the hops would add only its BEGIN and COMMIT.
   */
  reading<T>(version: string, work: (reader: GraphReader) => Promise<T>): Promise<T>;
}

export function createGraphSource(executor: Executor): GraphSource {
  return { reading: (version, work) => work(createGraphReader(executor, version)) };
}

/** The edges of one type as graphHop.cypher sends them: a column per field, ends as internal ids, data only when asked. */
interface EdgeGroup {
  readonly type: string;
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly weight: readonly number[];
  readonly data: readonly Record<string, unknown>[];
}

/** The edges of a graphHop answer with their ends' public ids (`ends`: [internal id, public id]). */
function edgesOf(groups: readonly EdgeGroup[], ends: readonly [number, string][]): GraphEdgeRow[] {
  const idOf = new Map(ends);
  return groups.flatMap((group) =>
    group.source.map((source, i) => ({
      source: idOf.get(source)!,
      target: idOf.get(group.target[i])!,
      type: group.type,
      weight: group.weight[i],
      data: group.data[i] ?? {},
    })),
  );
}

/** The graph reads of `version` (one year's report) over `executor` or one of its read transactions. */
export function createGraphReader(executor: Reader, version: string): GraphReader {
  const nodes = (rows: Record<string, unknown>[]): GraphNodeRow[] => rows as unknown as GraphNodeRow[];
  const hop: GraphReader['hop'] = async (request, withEdges) => {
    const { similarPerNode, ...hopParams } = request;
    const [row] = await runQuery(executor, 'graphHop', { ...hopParams, withEdges, version });
    const { edges, similarAmong } = cutSimilar(edgesOf(row.edges as EdgeGroup[], row.ends as [number, string][]), similarPerNode);
    return { rows: nodes(row.rows as Record<string, unknown>[]), edges, similarAmong };
  };
  return {
    async seedsAndFirstHop(ids, hop) {
      const [row] = await runQuery(executor, 'graphSeedsAndHop', { ...ids, ...hop, version });
      return { seeds: nodes(row.seeds as Record<string, unknown>[]), neighbours: nodes(row.neighbours as Record<string, unknown>[]) };
    },
    async allNodes(types, limit, withData) {
      return nodes(await runQuery(executor, 'graphAllNodes', { types, limit, withData, version }));
    },
    hop,
    // A hop from nowhere: only the relationships among `ids`.
    edgesAmong: (ids, edgeTypes, withData, similarPerNode) => hop({ frontier: [], seen: ids, types: [], edgeTypes, limit: 0, withData, similarPerNode }, true),
  };
}
