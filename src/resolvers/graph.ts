/**
 * The `graph` root query: arguments checked here (depth, limit, seeds, clause paths), the
 * expansion in src/graph/expandGraph, one read per hop.
 */
import type { GraphSeed, QueryResolvers } from '../generated/graphql';
import { expandGraph, type GraphStart } from '../graph/expandGraph';
import { toCytoscapeElements } from '../graph/formats/cytoscape';
import { DEFAULT_SIMILAR_PER_NODE, GRAPH_NODE_TYPES, MAX_DEPTH, MAX_LIMIT, MAX_SIMILAR_PER_NODE } from '../graph/model';
import { badUserInput } from '../server/errors';
import { guidelineClauseIdOf } from './clausePath';
import { reportFor } from './fiscalYear';
import { selects, selectsPath } from './lookahead';

export const graphQueries: QueryResolvers = {
  graph: async (_root, { seed, depth, limit, nodeTypes, edgeTypes, format, similarPerNode, fiscalYear }, { graph, served }, info) => {
    const hops = depth ?? 1;
    if (hops < 0 || hops > MAX_DEPTH) throw badUserInput(`depth must be from 0 to ${MAX_DEPTH}; got ${hops}`, 'depth');
    const most = limit ?? 200;
    if (most < 1 || most > MAX_LIMIT) throw badUserInput(`limit must be from 1 to ${MAX_LIMIT}; got ${most}`, 'limit');
    // Explicit null asks for every SIMILAR_TO; left out, the default.
    const similar = similarPerNode === undefined ? DEFAULT_SIMILAR_PER_NODE : similarPerNode;
    if (similar !== null && (similar < 0 || similar > MAX_SIMILAR_PER_NODE)) throw badUserInput(`similarPerNode must be from 0 to ${MAX_SIMILAR_PER_NODE}, or null for every one; got ${similar}`, 'similarPerNode');
    // Properties are read only when the answer shows them (a drawing usually asks for labels only).
    const withData = selectsPath(info, ['nodes', 'data']) || selectsPath(info, ['edges', 'data']) || (format === 'CYTOSCAPE' && selects(info, 'elements'));
    const request = { start: graphStart(seed), depth: hops, limit: most, nodeTypes: nodeTypes ?? GRAPH_NODE_TYPES, edgeTypes: edgeTypes ?? null, withData, similarPerNode: similar };
    const { version } = reportFor(served, fiscalYear);
    const result = await graph.reading(version, (reader) => expandGraph(reader, request));
    return { ...result, elements: format === 'CYTOSCAPE' ? toCytoscapeElements(result, { compoundClauses: true }) : null };
  },
};

/** Where the expansion starts; BAD_USER_INPUT for no seed, seeds with `all`, or a malformed path. */
function graphStart(seed: GraphSeed): GraphStart {
  const ids = {
    ministryIds: seed.ministryIds ?? [],
    measureIds: seed.measureIds ?? [],
    clauseIds: (seed.clausePaths ?? []).map((path) => guidelineClauseIdOf(path, 'seed.clausePaths')),
    themeIds: seed.themeIds ?? [],
    nodeIds: seed.nodeIds ?? [],
  };
  const named = Object.values(ids).some((list) => list.length > 0);
  if (seed.all === true) {
    if (named) throw badUserInput('seed: give either all: true or ids and paths, not both', 'seed');
    return { kind: 'all' };
  }
  if (!named) {
    throw badUserInput(`seed must name at least one of ministryIds, measureIds, clausePaths, themeIds, nodeIds, or be { all: true }; got ${JSON.stringify(seed)}`, 'seed');
  }
  return { kind: 'seeds', ids };
}
