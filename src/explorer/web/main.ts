/**
 * The explorer page: search a ministry, clause, theme or words; draw the neighbourhood; click a
 * node to read it (a measure with its clauses and similar measures of other ministries); expand a
 * node by double-click or button; a legend by type. Starts with the whole graph (without the
 * similarity edges, which are drawn around measures).
 *
 * For tests and the console: `window.explorer.cy` is the Cytoscape instance; <body> carries
 * data-state (loading, busy, ready), data-version (one more after each finished action) and
 * data-ready-ms (when the first drawing was done, ms after navigation start).
 */
import './style.css';
import { detectOptionalFields } from './api';
import { renderMeasure, renderNode, renderSimilar, type DetailActions } from './detailPanel';
import { createGraphView } from './graphView';
import { renderLegend } from './legend';
import { neighbourhoodDepth, OVERVIEW_EDGE_TYPES, SIMILAR_TO, type Graph, type GraphNode, type NodeType } from './model';
import { fetchDirectory, fetchGraph, fetchMeasure, fetchSimilar, type Directory } from './queries';
import { renderResults, search } from './searchPanel';

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const detail = byId<HTMLElement>('detail');
const results = byId<HTMLElement>('results');
const status = byId<HTMLElement>('status');
const expandButton = byId<HTMLButtonElement>('expand');

let directory: Directory = { ministries: [], clauses: [], themes: [] };
/** The data of every drawn node. */
const drawn = new Map<string, GraphNode>();
const hidden = new Set<NodeType>();
let selected: string | null = null;
let truncated = false;
/** Finished actions, and actions still running (a double-click starts two). */
let version = 0;
let running = 0;

const view = createGraphView(byId('cy'), {
  select: (id) => void run(() => showDetail(id)),
  expand: (id) => void run(() => expand(id)),
  clear: () => setSelected(null),
});
(window as unknown as { explorer: unknown }).explorer = { cy: view.cy };

const actions: DetailActions = {
  open: (id) => void run(() => open(id)),
  expand: (id) => void run(() => expand(id)),
  neighbourhood: (id, type) => void run(() => showNeighbourhood(id, type)),
};

/** Runs one user action: busy while it runs, the counts or the error after. */
async function run(task: () => Promise<void>): Promise<void> {
  running += 1;
  document.body.dataset.state = 'busy';
  status.textContent = '読み込み中…';
  status.classList.remove('error');
  try {
    await task();
    refresh();
  } catch (error) {
    status.textContent = `エラー: ${error instanceof Error ? error.message : String(error)}`;
    status.classList.add('error');
  } finally {
    running -= 1;
    version += 1;
    document.body.dataset.version = String(version);
    document.body.dataset.state = running > 0 ? 'busy' : 'ready';
  }
}

function refresh(): void {
  const edges = view.cy.edges();
  status.textContent = `${view.cy.nodes().length} ノード・${edges.length} エッジ${truncated ? '（上限のため一部のみ表示）' : ''}`;
  renderLegend(byId('legend'), view.counts(), hidden, edges.filter((e) => e.data('type') === SIMILAR_TO).length, (type) => {
    if (hidden.has(type)) hidden.delete(type);
    else hidden.add(type);
    view.setTypeVisible(type, !hidden.has(type));
    refresh();
  });
  for (const type of hidden) view.setTypeVisible(type, false);
}

function setSelected(id: string | null): void {
  selected = id;
  expandButton.disabled = id === null;
}

function remember(graph: Graph, replace: boolean): void {
  if (replace) drawn.clear();
  for (const node of graph.nodes) drawn.set(node.id, node);
  truncated = replace ? graph.truncated : truncated || graph.truncated;
}

async function showAll(): Promise<void> {
  const graph = await fetchGraph({ all: true }, 0, OVERVIEW_EDGE_TYPES);
  remember(graph, true);
  await view.replace(graph);
  setSelected(null);
}

async function showNeighbourhood(id: string, type: NodeType): Promise<void> {
  const graph = await fetchGraph({ nodeIds: [id] }, neighbourhoodDepth(type));
  remember(graph, true);
  await view.replace(graph);
  view.select(id);
  await showDetail(id);
}

async function expand(id: string): Promise<void> {
  const graph = await fetchGraph({ nodeIds: [id] }, 1);
  remember(graph, false);
  await view.merge(graph, id);
  view.select(id);
  setSelected(id);
}

/**
 * A node named in the panel: selected if drawn, else added with its relationships to the node the
 * panel shows (a similar measure with its SIMILAR_TO, a clause with its UNDER_CLAUSE).
 */
async function open(id: string): Promise<void> {
  if (!drawn.has(id)) {
    const graph = await fetchGraph({ nodeIds: selected === null ? [id] : [id, selected] }, 0);
    remember(graph, false);
    await view.merge(graph, selected ?? id);
  }
  view.select(id);
  await showDetail(id);
}

async function showDetail(id: string): Promise<void> {
  setSelected(id);
  const node = drawn.get(id);
  if (node === undefined) return;
  detail.dataset.id = id;
  if (node.type !== 'Measure') {
    renderNode(detail, node, actions);
    return;
  }
  const measure = await fetchMeasure(id);
  if (measure === null || selected !== id) return;
  const similarBox = renderMeasure(detail, measure, actions);
  const similar = await fetchSimilar({ id, ministryId: measure.ministry.id }, directory);
  if (selected === id) renderSimilar(similarBox, similar, actions);
}

byId<HTMLFormElement>('search').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = byId<HTMLInputElement>('search-input').value.trim();
  if (text === '') return;
  void run(async () => {
    const hits = await search(text, directory);
    renderResults(results, text, hits, (hit) => void run(() => showNeighbourhood(hit.id, hit.type)));
  });
});
byId('show-all').addEventListener('click', () => void run(showAll));
expandButton.addEventListener('click', () => {
  if (selected !== null) void run(() => expand(selected as string));
});
byId('relayout').addEventListener('click', () => void run(() => view.relayout()));
byId('fit').addEventListener('click', () => view.fit());

void run(async () => {
  await detectOptionalFields();
  performance.mark('explorer:directory');
  directory = await fetchDirectory();
  performance.mark('explorer:graph');
  await showAll();
  // The first frame with the graph drawn.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  performance.mark('explorer:drawn');
  document.body.dataset.readyMs = String(Math.round(performance.now()));
});
