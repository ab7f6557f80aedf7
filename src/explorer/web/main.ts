/**
 * The explorer page: a year switch (the loaded reports), and two views of that year — the graph
 * (search a ministry, clause, theme or words; draw the neighbourhood; click a node to read it;
 * expand by double-click or button; a legend by type that also marks doubtful priority items) and
 * the matrix (ministries × guideline sections or themes, a cell's measures on a click). The side
 * panel reads a measure (with similar measures of other ministries), a priority item (with its
 * alignment and why), a ministry (with its timeline and what changed from the year before).
 * The year, view and matrix columns are kept in the URL's hash (./pageState.ts). The graph opens
 * on the whole year (without the similarity edges, which are drawn around measures); it is drawn
 * only when its view is shown, so the matrix never waits for its layout.
 *
 * For tests and the console: `window.explorer.cy` is the Cytoscape instance; <body> carries
 * data-state (loading, busy, ready), data-version (one more after each finished action),
 * data-view, data-year and data-ready-ms (when the first view was drawn, ms after navigation start).
 */
import './style.css';
import { detectOptionalFields } from './api';
import { renderCellMeasures } from './cellPanel';
import { renderMeasure, renderMinistry, renderNode, renderPriorityItem, renderSimilar, type DetailActions } from './detailPanel';
import { fetchMinistry, fetchPriorityItem } from './detailQueries';
import { fetchDirectory, type Directory } from './directory';
import { createGraphView } from './graphView';
import { renderLegend } from './legend';
import { AXIS_NAME, buildMatrix, type Matrix, type MatrixColumn, type MatrixRow } from './matrixModel';
import { fetchCellMeasures, fetchFacets } from './matrixQueries';
import { renderMatrix } from './matrixView';
import { neighbourhoodDepth, OVERVIEW_EDGE_TYPES, SIMILAR_TO, type Graph, type GraphNode, type NodeType } from './model';
import { readHash, writeHash, type MatrixAxis, type PageState, type ViewName } from './pageState';
import { fetchGraph, fetchMeasure, fetchSimilar } from './queries';
import { renderResults, search } from './searchPanel';
import { renderYearSwitch } from './yearSwitch';

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const detail = byId<HTMLElement>('detail');
const results = byId<HTMLElement>('results');
const status = byId<HTMLElement>('status');
const expandButton = byId<HTMLButtonElement>('expand');
const yearSelect = byId<HTMLSelectElement>('year');
/** The panel's first words, shown again when the year changes. */
const DETAIL_HINT = Array.from(detail.childNodes, (n) => n.cloneNode(true));

let state: PageState = readHash(location.hash);
/** The shown year's directory (set before anything else is read). */
let directory: Directory;
/** A note for the status line (a year in the link that is not loaded). */
let notice = '';
/** The year the drawing is of; null before the first drawing. */
let drawnYear: number | null = null;
/** The data of every drawn node. */
const drawn = new Map<string, GraphNode>();
const hidden = new Set<NodeType>();
let selected: string | null = null;
let truncated = false;
/** Matrices read, by year and axis (a year's counts do not change while the page is open). */
const matrices = new Map<string, Matrix>();
let matrix: Matrix | null = null;
/** Finished actions, and actions still running (a double-click starts two). */
let version = 0;
let running = 0;

const view = createGraphView(byId('cy'), {
  select: (id) => void run(() => showDetail(id, typeOf(id))),
  expand: (id) => void run(() => expand(id, typeOf(id))),
  clear: () => setSelected(null),
});
(window as unknown as { explorer: unknown }).explorer = { cy: view.cy };

const actions: DetailActions = {
  open: (id, type) => void run(() => open(id, type)),
  expand: (id, type) => void run(() => expand(id, type)),
  neighbourhood: (id, type) => void run(() => showNeighbourhood(id, type)),
};

const year = (): number => directory.year.fiscalYear;
const typeOf = (id: string): NodeType => drawn.get(id)?.type ?? 'Measure';

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

/** The status line and legend for the view shown. */
function refresh(): void {
  const shownYear = directory ? `${directory.year.fiscalYearJa}・` : '';
  if (state.view === 'matrix' && matrix !== null) {
    const m = matrix;
    status.textContent = `${notice}${shownYear}府省等 ${m.rows.length} × ${AXIS_NAME[m.axis]} ${m.columns.length}・取組 ${m.measureCount} 件${m.truncated ? '（上限のため一部のみ）' : ''}`;
    return;
  }
  const edges = view.cy.edges();
  status.textContent = `${notice}${shownYear}${view.cy.nodes().length} ノード・${edges.length} エッジ${truncated ? '（上限のため一部のみ表示）' : ''}`;
  const counts = { types: view.counts(), doubtful: view.doubtfulCount(), similarEdges: edges.filter((e) => e.data('type') === SIMILAR_TO).length };
  renderLegend(byId('legend'), counts, hidden, (type) => {
    if (hidden.has(type)) hidden.delete(type);
    else hidden.add(type);
    view.setTypeVisible(type, !hidden.has(type));
    refresh();
  });
  for (const type of hidden) view.setTypeVisible(type, false);
}

function setState(next: Partial<PageState>): void {
  state = { ...state, ...next };
  history.replaceState(null, '', writeHash(state));
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

/** Reads the directory of `wanted` (null: the latest) and shows that year in the page. */
async function loadYear(wanted: number | null): Promise<void> {
  directory = await fetchDirectory(wanted);
  notice = directory.missingYear === null ? '' : `${directory.missingYear} 年度は読み込まれていません。`;
  renderYearSwitch(yearSelect, directory.years, year());
  document.body.dataset.year = String(year());
  document.title = `wlb-graph エクスプローラー（${directory.year.fiscalYearJa}）`;
  setState({ year: year() });
}

/** Shows the view's area (and its tools) without drawing anything. */
function showArea(name: ViewName): void {
  setState({ view: name });
  document.body.dataset.view = name;
  byId('graph-area').hidden = name !== 'graph';
  byId('matrix-area').hidden = name !== 'matrix';
  byId('graph-tools').hidden = name !== 'graph';
  byId('view-graph').setAttribute('aria-pressed', String(name === 'graph'));
  byId('view-matrix').setAttribute('aria-pressed', String(name === 'matrix'));
  if (name === 'graph') view.resize();
}

/** Shows a view of the shown year: the graph is drawn when it is of another year or none yet. */
async function showView(name: ViewName): Promise<void> {
  showArea(name);
  if (name === 'matrix') return showMatrix();
  if (drawnYear !== year()) await showAll();
}

async function switchYear(wanted: number): Promise<void> {
  await loadYear(wanted);
  setSelected(null);
  detail.replaceChildren(...DETAIL_HINT.map((n) => n.cloneNode(true)));
  detail.dataset.id = '';
  results.hidden = true;
  await showView(state.view);
}

async function showAll(): Promise<void> {
  const graph = await fetchGraph({ all: true }, 0, year(), OVERVIEW_EDGE_TYPES);
  remember(graph, true);
  await view.replace(graph);
  drawnYear = year();
  setSelected(null);
}

async function showMatrix(): Promise<void> {
  const axis = state.by;
  const key = `${year()}|${axis}`;
  let m = matrices.get(key);
  if (m === undefined) {
    m = buildMatrix(axis, await fetchFacets(axis, year()), directory);
    matrices.set(key, m);
  }
  matrix = m;
  byId('by-section').setAttribute('aria-pressed', String(axis === 'section'));
  byId('by-theme').setAttribute('aria-pressed', String(axis === 'theme'));
  renderMatrix(byId('matrix'), byId('matrix-legend'), byId('matrix-readout'), m, {
    openCell: (row, column) => void run(() => showCell(m as Matrix, row, column)),
    openRow: (row) => void run(() => showDetail(row.id, 'Ministry')),
  });
}

async function showCell(m: Matrix, row: MatrixRow, column: MatrixColumn): Promise<void> {
  const measures = await fetchCellMeasures(m.axis, row.id, column.key, m.year.fiscalYear);
  setSelected(null);
  // The panel is the cell's now: search results (which lead to the graph) step aside.
  results.hidden = true;
  renderCellMeasures(detail, m, row, column, measures, {
    openInGraph: (id) => void run(() => openInGraph(id)),
    openMinistry: (id) => void run(() => showDetail(id, 'Ministry')),
  });
}

/** A measure of the matrix in the graph: selected in the drawing when drawn, else its neighbourhood drawn. */
async function openInGraph(id: string): Promise<void> {
  showArea('graph');
  if (drawnYear !== year() || !view.has(id)) return showNeighbourhood(id, 'Measure');
  view.select(id);
  view.cy.center(view.cy.getElementById(id));
  await showDetail(id, 'Measure');
}

async function showNeighbourhood(id: string, type: NodeType): Promise<void> {
  showArea('graph');
  const graph = await fetchGraph({ nodeIds: [id] }, neighbourhoodDepth(type), year());
  remember(graph, true);
  await view.replace(graph);
  drawnYear = year();
  view.select(id);
  await showDetail(id, type);
}

async function expand(id: string, type: NodeType): Promise<void> {
  if (state.view !== 'graph' || drawnYear !== year()) return showNeighbourhood(id, type);
  const graph = await fetchGraph({ nodeIds: [id] }, 1, year());
  remember(graph, false);
  await view.merge(graph, id);
  view.select(id);
  setSelected(id);
}

/**
 * A node named in the panel: in the graph, selected if drawn, else added with its relationships to
 * the node the panel shows (a similar measure with its SIMILAR_TO, a clause with its UNDER_CLAUSE);
 * in the matrix, read only.
 */
async function open(id: string, type: NodeType): Promise<void> {
  if (state.view === 'graph' && drawnYear === year()) {
    if (!drawn.has(id)) {
      const graph = await fetchGraph({ nodeIds: selected === null ? [id] : [id, selected] }, 0, year());
      remember(graph, false);
      await view.merge(graph, selected ?? id);
    }
    view.select(id);
  }
  await showDetail(id, type);
}

async function showDetail(id: string, type: NodeType): Promise<void> {
  setSelected(id);
  detail.dataset.id = id;
  delete detail.dataset.cell;
  switch (type) {
    case 'Measure': {
      const measure = await fetchMeasure(id);
      if (measure === null || selected !== id) return;
      const similarBox = renderMeasure(detail, measure, actions);
      const similar = await fetchSimilar({ id, ministryId: measure.ministry.id }, directory);
      if (selected === id) renderSimilar(similarBox, similar, actions);
      return;
    }
    case 'PriorityItem': {
      const item = await fetchPriorityItem(id);
      if (item !== null && selected === id) renderPriorityItem(detail, item, actions);
      return;
    }
    case 'Ministry': {
      const previous = directory.years.find((y) => y.fiscalYear < year())?.fiscalYear ?? null;
      const ministry = await fetchMinistry(id, year(), previous);
      if (ministry !== null && selected === id) renderMinistry(detail, ministry, directory.year, directory.years, actions);
      return;
    }
    case 'Clause':
    case 'Theme': {
      const node = drawn.get(id) ?? (await fetchGraph({ nodeIds: [id] }, 0, year())).nodes.find((n) => n.id === id);
      if (node !== undefined && selected === id) renderNode(detail, node, actions);
      return;
    }
  }
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
yearSelect.addEventListener('change', () => void run(() => switchYear(Number(yearSelect.value))));
byId('view-graph').addEventListener('click', () => void run(() => showView('graph')));
byId('view-matrix').addEventListener('click', () => void run(() => showView('matrix')));
const setAxis = (by: MatrixAxis) => () =>
  void run(async () => {
    setState({ by });
    await showMatrix();
  });
byId('by-section').addEventListener('click', setAxis('section'));
byId('by-theme').addEventListener('click', setAxis('theme'));
byId('show-all').addEventListener('click', () => void run(showAll));
expandButton.addEventListener('click', () => {
  if (selected !== null) void run(() => expand(selected as string, typeOf(selected as string)));
});
byId('relayout').addEventListener('click', () => void run(() => view.relayout()));
byId('fit').addEventListener('click', () => view.fit());
// A link pasted into the open page: go where it says.
window.addEventListener('hashchange', () => {
  const next = readHash(location.hash);
  if (next.year === state.year && next.view === state.view && next.by === state.by) return;
  void run(async () => {
    state = { ...next, year: state.year };
    if (next.year !== null && next.year !== year()) await switchYear(next.year);
    else await showView(next.view);
  });
});

void run(async () => {
  performance.mark('explorer:directory');
  await Promise.all([detectOptionalFields(), loadYear(state.year)]);
  performance.mark('explorer:view');
  await showView(state.view);
  // The first frame with the view drawn.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  performance.mark('explorer:drawn');
  document.body.dataset.readyMs = String(Math.round(performance.now()));
});

