/**
 * The reads of the drawing and the search, each one GraphQL request, each of one fiscal year (the
 * year switch's; ids of measures and items carry theirs): graphs to draw, a measure with its
 * clauses, themes and similar measures, and text search. `search` and `similarMeasures` (the
 * discovery queries) are used where the server has them; otherwise `measures(where: {
 * textContains })` and the graph's SIMILAR_TO relationships answer.
 */
import { gql, withOptionalField } from './api';
import type { Directory } from './directory';
import type { Graph, NodeType } from './model';

const GRAPH_FIELDS = 'nodes { id type label data } edges { id source target type weight data } truncated';

export interface Seed {
  readonly all?: boolean;
  readonly nodeIds?: string[];
}

/** The subgraph of `year` around `seed` (at most 2000 nodes). `edgeTypes` null: every type. */
export async function fetchGraph(seed: Seed, depth: number, year: number, edgeTypes: string[] | null = null, nodeTypes: NodeType[] | null = null): Promise<Graph> {
  const data = await gql<{ graph: Graph }>(
    `query ($seed: GraphSeed!, $depth: Int, $edgeTypes: [String!], $nodeTypes: [GraphNodeType!], $y: Int) {
      graph(seed: $seed, depth: $depth, limit: 2000, edgeTypes: $edgeTypes, nodeTypes: $nodeTypes, fiscalYear: $y) { ${GRAPH_FIELDS} }
    }`,
    { seed, depth, edgeTypes, nodeTypes, y: year },
  );
  return data.graph;
}

export interface MeasureDetail {
  readonly id: string;
  readonly fiscalYear: number;
  readonly head: string;
  readonly text: string;
  readonly statusJa: string | null;
  readonly source: { lineStart: number; lineEnd: number };
  readonly ministry: { id: string; nameJa: string };
  readonly priorityItem: { id: string; title: string; alignment: { confidence: number; doubtful: boolean } };
  readonly clauses: { id: string; path: string; title: string; kind: string }[];
  readonly themes: { id: string; nameJa: string }[];
}

/** A measure (its id says its year) with its clauses, themes and its item's alignment. */
export async function fetchMeasure(id: string): Promise<MeasureDetail | null> {
  const data = await gql<{ measure: MeasureDetail | null }>(
    `query ($id: ID!) {
      measure(id: $id) {
        id fiscalYear head text statusJa source { lineStart lineEnd } ministry { id nameJa }
        priorityItem { id title alignment { confidence doubtful } } clauses { id path title kind } themes { id nameJa }
      }
    }`,
    { id },
  );
  return data.measure;
}

export interface SimilarMeasure {
  readonly id: string;
  readonly head: string;
  readonly ministryId: string;
  readonly ministryName: string;
  readonly score: number;
  readonly sharedTerms: string[];
  readonly sharedThemes: string[];
  readonly sharedClauses: string[];
}

/** Measures of other ministries most like `measure` (of the directory's year), best first, with the reasons. */
export function fetchSimilar(measure: { id: string; ministryId: string }, directory: Directory, first = 8): Promise<SimilarMeasure[]> {
  return withOptionalField(
    'similarMeasures',
    async () => {
      const data = await gql<{
        similarMeasures: {
          score: number;
          sharedTerms: string[];
          sharedThemes: { nameJa: string }[];
          sharedClauses: { path: string }[];
          measure: { id: string; head: string; ministry: { id: string; nameJa: string } };
        }[];
      }>(
        `query ($id: ID!, $first: Int) {
          similarMeasures(measureId: $id, first: $first) { score sharedTerms sharedThemes { nameJa } sharedClauses { path } measure { id head ministry { id nameJa } } }
        }`,
        { id: measure.id, first },
      );
      return data.similarMeasures.map((s) => ({
        id: s.measure.id,
        head: s.measure.head,
        ministryId: s.measure.ministry.id,
        ministryName: s.measure.ministry.nameJa,
        score: s.score,
        sharedTerms: s.sharedTerms,
        sharedThemes: s.sharedThemes.map((t) => t.nameJa),
        sharedClauses: s.sharedClauses.map((c) => c.path),
      }));
    },
    () => similarFromGraph(measure, directory, first),
  );
}

/** The fallback: the SIMILAR_TO relationships around the measure, read through `graph`. */
async function similarFromGraph(measure: { id: string; ministryId: string }, directory: Directory, first: number): Promise<SimilarMeasure[]> {
  const graph = await fetchGraph({ nodeIds: [measure.id] }, 1, directory.year.fiscalYear, ['SIMILAR_TO'], ['Measure']);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const best = new Map<string, SimilarMeasure>();
  for (const edge of graph.edges) {
    const other = byId.get(edge.source === measure.id ? edge.target : edge.source);
    if (other === undefined || other.id === measure.id) continue;
    const ministryId = String(other.data.ministryId ?? '');
    if (ministryId === measure.ministryId) continue;
    const previous = best.get(other.id);
    if (previous !== undefined && previous.score >= edge.weight) continue;
    best.set(other.id, {
      id: other.id,
      head: String(other.data.head ?? other.label),
      ministryId,
      ministryName: directory.ministries.find((m) => m.id === ministryId)?.nameJa ?? ministryId,
      score: edge.weight,
      sharedTerms: stringList(edge.data.sharedTerms),
      sharedThemes: stringList(edge.data.sharedThemes).map((id) => directory.themes.find((t) => t.id === id)?.label ?? id),
      sharedClauses: [],
    });
  }
  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, first);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

export interface TextHit {
  readonly id: string;
  readonly type: NodeType;
  readonly title: string;
  readonly subtitle: string;
  /** HTML-escaped passage with <mark> around matches (from `search`), or null. */
  readonly snippet: string | null;
}

/** Nodes of `year` whose text matches `text`: `search` where the server has it, else measures by text. */
export function searchText(text: string, year: number): Promise<TextHit[]> {
  return withOptionalField<TextHit[]>(
    'search',
    async () => {
      const data = await gql<{ search: { snippet: string; node: Record<string, any> & { __typename: NodeType } }[] }>(
        `query ($text: String!, $y: Int) {
          search(text: $text, first: 20, fiscalYear: $y) {
            snippet
            node {
              __typename
              ... on Measure { id head ministry { nameJa } }
              ... on PriorityItem { id title ministry { nameJa } }
              ... on Clause { id path title }
              ... on Theme { id nameJa }
            }
          }
        }`,
        { text, y: year },
      );
      return data.search.map(({ node, snippet }) => ({ ...describeHit(node), snippet }));
    },
    async () => {
      const data = await gql<{ measures: { edges: { node: { id: string; head: string; text: string; ministry: { nameJa: string } } }[] } }>(
        `query ($text: String!, $y: Int) { measures(where: { textContains: $text }, first: 20, fiscalYear: $y) { edges { node { id head text ministry { nameJa } } } } }`,
        { text, y: year },
      );
      return data.measures.edges.map(({ node }) => ({
        id: node.id,
        type: 'Measure' as const,
        title: `${node.head}…`,
        subtitle: node.ministry.nameJa,
        snippet: snippetAround(node.text, text),
      }));
    },
  );
}

/** A passage of `text` around the first occurrence of `query`, in the `search` snippet form. */
export function snippetAround(text: string, query: string): string {
  const plain = text.normalize('NFKC');
  const needle = query.normalize('NFKC').trim();
  const at = needle === '' ? -1 : plain.indexOf(needle);
  const escape = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  if (at === -1) return escape(plain.slice(0, 60)) + (plain.length > 60 ? '…' : '');
  const from = Math.max(0, at - 30);
  const to = Math.min(plain.length, at + needle.length + 30);
  return `${from > 0 ? '…' : ''}${escape(plain.slice(from, at))}<mark>${escape(needle)}</mark>${escape(plain.slice(at + needle.length, to))}${to < plain.length ? '…' : ''}`;
}

function describeHit(node: Record<string, any> & { __typename: NodeType }): Omit<TextHit, 'snippet'> {
  switch (node.__typename) {
    case 'Measure':
      return { id: node.id, type: 'Measure', title: `${node.head}…`, subtitle: node.ministry.nameJa };
    case 'PriorityItem':
      return { id: node.id, type: 'PriorityItem', title: node.title, subtitle: node.ministry.nameJa };
    case 'Clause':
      return { id: node.id, type: 'Clause', title: `${node.path} ${node.title}`, subtitle: '' };
    default:
      return { id: node.id, type: node.__typename, title: node.nameJa ?? node.id, subtitle: '' };
  }
}
