/**
 * The questions of the varied mix, each as our API asks it and as the anchor (@neo4j/graphql 7 over
 * the same graph, bench/anchor/typeDefs.graphql) asks the same question — or, where the anchor
 * cannot express it, the nearest read it can (a stand-in, whose answer is not compared). A paged
 * question is a template: its next pages need the cursor of the page before, on each server its
 * own (resolved once before the run, bench/varied/resolve.ts).
 */
import { compact } from '../../src/ingest/text';
import type { Comparison } from './compare';
import { compareMeasurePage, compareMinistryTree, compareSharing, compareSimilar } from './compare';

export type Kind = 'ministryTree' | 'clauseSharing' | 'measurePage' | 'search' | 'similar' | 'neighbourhood';

export const KINDS: readonly Kind[] = ['ministryTree', 'clauseSharing', 'measurePage', 'search', 'similar', 'neighbourhood'];

export interface Req {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/** same: the anchor answers the same question (answers compared); standIn: it cannot, and runs the nearest read it can. */
export type AnchorRole = 'same' | 'standIn';

export interface PageState {
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

export interface Template {
  readonly kind: Kind;
  /** Readable and unique: what is asked (`clauseSharing II.3 ascii desc`). */
  readonly label: string;
  readonly role: AnchorRole;
  readonly ours: (after: string | null) => Req;
  readonly anchor: (after: string | null) => Req;
  /** Set for a paged question: where each server's answer says whether a next page exists. */
  readonly paged?: { readonly ours: (data: any) => PageState; readonly anchor: (data: any) => PageState };
  /** How the two answers are compared (role `same` only). */
  readonly compare?: (ours: any, anchor: any) => Comparison;
}

const GUIDELINE_UNDER = (op: 'startsWith' | 'eq') => `{ path: { ${op}: $path }, kind: { eq: "GUIDELINE" } }`;

export function ministryTree(id: string, shape: 'clauses' | 'themes'): Template {
  const leaf = shape === 'clauses' ? 'clauses { path title }' : 'themes { id nameJa }';
  return {
    kind: 'ministryTree',
    label: `ministryTree ${id} ${shape}`,
    role: 'same',
    ours: () => ({ query: `query MinistryTree($id: ID!) { ministry(id: $id) { nameJa priorityItems { title measures { id head status ${leaf} } } } }`, variables: { id } }),
    anchor: () => ({
      query: `query MinistryTree($id: ID!) { ministries(where: { id: { eq: $id } }) { nameJa priorityItems(sort: [{ rank: ASC }]) { title measures(sort: [{ rank: ASC }]) { id head status ${leaf} } } } }`,
      variables: { id },
    }),
    compare: compareMinistryTree,
  };
}

/** Ministries sharing a clause, 5 a page; `typed` is the path as the user typed it, `canonical` what the anchor is sent. */
export function clauseSharing(canonical: string, typed: string, spelling: string, includeDescendants: boolean): Template {
  const under = GUIDELINE_UNDER(includeDescendants ? 'startsWith' : 'eq');
  return {
    kind: 'clauseSharing',
    label: `clauseSharing ${typed} ${spelling}${includeDescendants ? '' : ' exact'}`,
    role: 'same',
    ours: (after) => ({
      query: `query ClauseSharing($path: String!, $desc: Boolean!, $after: String) { ministriesSharingClause(path: $path, includeDescendants: $desc, first: 5, after: $after) { totalCount edges { cursor node { ministry { id nameJa nameEn } clauses { path title } measures { id status head } } } pageInfo { hasNextPage endCursor } } }`,
      variables: { path: typed, desc: includeDescendants, after },
    }),
    anchor: (after) => ({
      query: `query ClauseSharing($path: String!, $after: String) { ministriesConnection(first: 5, after: $after, sort: [{ rank: ASC }], where: { priorityItems: { some: { measures: { some: { clauses: { some: ${under} } } } } } }) { totalCount edges { cursor node { id nameJa nameEn priorityItems(where: { measures: { some: { clauses: { some: ${under} } } } }, sort: [{ rank: ASC }]) { measures(where: { clauses: { some: ${under} } }, sort: [{ rank: ASC }]) { id status head clauses(where: ${under}) { path title } } } } } pageInfo { hasNextPage endCursor } } }`,
      variables: { path: canonical, after },
    }),
    paged: { ours: (d) => d.ministriesSharingClause.pageInfo, anchor: (d) => d.ministriesConnection.pageInfo },
    compare: compareSharing,
  };
}

/** A filter of measures as our API takes it and as the anchor's generated `MeasureWhere` says it. */
export interface MeasureFilter {
  readonly label: string;
  readonly ours: Record<string, unknown>;
  readonly anchor: Record<string, unknown>;
}

export const measureFilters = {
  ministry: (id: string, status?: string): MeasureFilter => ({
    label: `ministry ${id}${status ? ` ${status}` : ''}`,
    ours: { ministryId: id, ...(status ? { status } : {}) },
    anchor: { ministryId: { eq: id }, ...(status ? { status: { eq: status } } : {}) },
  }),
  status: (status: string): MeasureFilter => ({ label: `status ${status}`, ours: { status }, anchor: { status: { eq: status } } }),
  clause: (canonical: string, typed: string, spelling: string): MeasureFilter => ({
    label: `clause ${typed} ${spelling}`,
    ours: { clausePath: typed },
    anchor: { clauses: { some: { path: { startsWith: canonical }, kind: { eq: 'GUIDELINE' } } } },
  }),
  theme: (id: string): MeasureFilter => ({ label: `theme ${id}`, ours: { themeId: id }, anchor: { themes: { some: { id: { eq: id } } } } }),
  // Our textContains compacts both sides (NFKC, no white space); the anchor's client must send the compact form.
  text: (word: string): MeasureFilter => ({ label: `text ${word}`, ours: { textContains: word }, anchor: { textCompact: { contains: compact(word) } } }),
};

/** A filtered page of measures, 10 a page, in report order. */
export function measurePage(filter: MeasureFilter): Template {
  return {
    kind: 'measurePage',
    label: `measurePage ${filter.label}`,
    role: 'same',
    ours: (after) => ({
      query: `query MeasurePage($where: MeasureWhere, $after: String) { measures(where: $where, first: 10, after: $after) { totalCount edges { cursor node { id head status ministry { nameJa } priorityItem { title } } } pageInfo { hasNextPage endCursor } } }`,
      variables: { where: filter.ours, after },
    }),
    anchor: (after) => ({
      query: `query MeasurePage($where: MeasureWhere, $after: String) { measuresConnection(first: 10, after: $after, where: $where, sort: [{ rank: ASC }]) { totalCount edges { cursor node { id head status priorityItem { title ministry { nameJa } } } } pageInfo { hasNextPage endCursor } } }`,
      variables: { where: filter.anchor, after },
    }),
    paged: { ours: (d) => d.measures.pageInfo, anchor: (d) => d.measuresConnection.pageInfo },
    compare: compareMeasurePage,
  };
}

/**
 * Search (full-text index, themes, ranking, snippets): the anchor has none of it; its stand-in is a
 * CONTAINS on the same types, in report order.
 */
export function search(word: string, allTypes: boolean): Template {
  const text = compact(word);
  const others = allTypes
    ? ` priorityItems(where: { title: { contains: $text } }, limit: 10, sort: [{ rank: ASC }]) { id title } clauses(where: { title: { contains: $text } }, limit: 10, sort: [{ rank: ASC }]) { id path title } themes(where: { nameJa: { contains: $text } }, limit: 10) { id nameJa }`
    : '';
  return {
    kind: 'search',
    label: `search ${word}${allTypes ? ' all' : ' measures'}`,
    role: 'standIn',
    ours: () => ({
      query: `query Search($text: String!, $types: [SearchType!]) { search(text: $text, first: 10, types: $types) { score snippet node { __typename ... on Measure { id head } ... on PriorityItem { id title } ... on Clause { id path title } ... on Theme { id nameJa } } } }`,
      variables: { text: word, types: allTypes ? null : ['MEASURE'] },
    }),
    anchor: () => ({ query: `query Search($text: String!) { measures(where: { textCompact: { contains: $text } }, limit: 10, sort: [{ rank: ASC }]) { id head }${others} }`, variables: { text } }),
  };
}

/** Measures most like one measure: of other ministries only (our default) or of any. */
export function similar(measureId: string, acrossMinistries: boolean, first: number): Template {
  const where = acrossMinistries ? 'where: { edge: { sameMinistry: { eq: false } } }, ' : '';
  return {
    kind: 'similar',
    label: `similar ${measureId}${acrossMinistries ? '' : ' any ministry'} ${first}`,
    role: 'same',
    ours: () => ({
      query: `query Similar($id: ID!, $across: Boolean!, $first: Int!) { similarMeasures(measureId: $id, first: $first, acrossMinistries: $across) { score measure { id head ministry { nameJa } } } }`,
      variables: { id: measureId, across: acrossMinistries, first },
    }),
    anchor: () => ({
      query: `query Similar($id: ID!, $first: Int!) { measures(where: { id: { eq: $id } }) { similarConnection(first: $first, ${where}sort: [{ edge: { score: DESC } }]) { edges { properties { score } node { id head priorityItem { ministry { nameJa } } } } } } }`,
      variables: { id: measureId, first },
    }),
    compare: compareSimilar,
  };
}

export type Seed = { readonly ministry: string } | { readonly measure: string } | { readonly clause: string; readonly typed: string } | { readonly theme: string };

/**
 * The graph around a seed (the relationships among the nodes, each measure's 3 strongest SIMILAR_TO, cut at 200
 * nodes): the anchor cannot ask for "every relationship among these nodes"; its stand-in is the
 * nested read of the same neighbourhood (depth 1 or 2 from the seed).
 */
export function neighbourhood(seed: Seed, depth: 1 | 2): Template {
  const [label, oursSeed, anchor] = neighbourhoodParts(seed, depth);
  return {
    kind: 'neighbourhood',
    label: `neighbourhood ${label} depth ${depth}`,
    role: 'standIn',
    ours: () => ({
      query: `query Graph($seed: GraphSeed!, $depth: Int!) { graph(seed: $seed, depth: $depth, limit: 200) { nodes { id type label } edges { id source target type } truncated } }`,
      variables: { seed: oursSeed, depth },
    }),
    anchor: () => anchor,
  };
}

function neighbourhoodParts(seed: Seed, depth: 1 | 2): [string, Record<string, unknown>, Req] {
  const two = depth === 2;
  if ('ministry' in seed) {
    const items = two ? 'priorityItems { id title measures { id head } }' : 'priorityItems { id title }';
    return [
      `ministry ${seed.ministry}`,
      { ministryIds: [seed.ministry] },
      { query: `query Graph($id: ID!) { ministries(where: { id: { eq: $id } }) { id nameJa ${items} planClauses { id path title } } }`, variables: { id: seed.ministry } },
    ];
  }
  if ('measure' in seed) {
    const around = two
      ? 'priorityItem { id title ministry { id nameJa } measures { id head } } clauses { id path title parent { id } children { id } measures { id head } } themes { id nameJa measures { id head } } similar { id head priorityItem { id } clauses { id } themes { id } }'
      : 'priorityItem { id title } clauses { id path title } themes { id nameJa } similar { id head }';
    return [`measure ${seed.measure}`, { measureIds: [seed.measure] }, { query: `query Graph($id: ID!) { measures(where: { id: { eq: $id } }) { id head ${around} } }`, variables: { id: seed.measure } }];
  }
  if ('clause' in seed) {
    const around = two
      ? 'parent { id path parent { id } children { id } measures { id head } } children { id path children { id } measures { id head } } measures { id head priorityItem { id title } clauses { id } themes { id } similar { id } }'
      : 'parent { id path } children { id path } measures { id head }';
    return [
      `clause ${seed.typed}`,
      { clausePaths: [seed.typed] },
      { query: `query Graph($path: String!) { clauses(where: { path: { eq: $path }, kind: { eq: "GUIDELINE" } }) { id path title ${around} } }`, variables: { path: seed.clause } },
    ];
  }
  const measures = two ? 'measures { id head priorityItem { id title } clauses { id } themes { id } similar { id } }' : 'measures { id head }';
  return [`theme ${seed.theme}`, { themeIds: [seed.theme] }, { query: `query Graph($id: ID!) { themes(where: { id: { eq: $id } }) { id nameJa ${measures} } }`, variables: { id: seed.theme } }];
}
