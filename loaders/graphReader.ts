/**
 * The reads of the `graph` query and the exports: seed nodes, every node, one hop of neighbours,
 * and the relationships among a set of nodes — each one query file, run once per call; `inTransaction`
 * runs a whole expansion in one read transaction.
 */
import type { Executor, Reader } from '../src/db/executor';
import type { GraphNodeType } from '../src/graph/model';
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

export interface GraphReader {
  /** `withData` (every read here): all properties as `data`; without, only what labels are made of (nodes) and none (edges). */
  seeds(ids: SeedIds, withData: boolean): Promise<GraphNodeRow[]>;
  /** Every node of `types`, at most `limit + 1`, in `types` order then id. */
  allNodes(types: readonly GraphNodeType[], limit: number, withData: boolean): Promise<GraphNodeRow[]>;
  /** Unseen neighbours of `frontier`, at most `limit + 1`, in `types` order then id. */
  neighbours(request: {
    frontier: readonly string[];
    seen: readonly string[];
    types: readonly GraphNodeType[];
    edgeTypes: readonly string[] | null;
    limit: number;
    withData: boolean;
  }): Promise<GraphNodeRow[]>;
  /** Every relationship among `ids` of `edgeTypes` (null: any). */
  edgesAmong(ids: readonly string[], edgeTypes: readonly string[] | null, withData: boolean): Promise<GraphEdgeRow[]>;
}

/** Where `graph` reads from: one read transaction per expansion. */
export interface GraphSource {
  /**
   * Runs `work` with a reader whose queries share one read transaction: the hops and the edges of
   * one expansion pay for one BEGIN/COMMIT and one connection (see Executor.readTransaction).
   */
  inTransaction<T>(work: (reader: GraphReader) => Promise<T>): Promise<T>;
}

export function createGraphSource(executor: Executor): GraphSource {
  return { inTransaction: (work) => executor.readTransaction((tx) => work(createGraphReader(tx))) };
}

/** The graph reads over `executor` or one of its read transactions. */
export function createGraphReader(executor: Reader): GraphReader {
  const nodes = (rows: Record<string, unknown>[]): GraphNodeRow[] => rows as unknown as GraphNodeRow[];
  return {
    async seeds(ids, withData) {
      return nodes(await runQuery(executor, 'graphSeeds', { ...ids, withData }));
    },
    async allNodes(types, limit, withData) {
      return nodes(await runQuery(executor, 'graphAllNodes', { types, limit, withData }));
    },
    async neighbours(request) {
      return nodes(await runQuery(executor, 'graphNeighbours', request));
    },
    async edgesAmong(ids, edgeTypes, withData) {
      return (await runQuery(executor, 'graphEdgesAmong', { ids, edgeTypes, withData })) as unknown as GraphEdgeRow[];
    },
  };
}
