/**
 * The drawing: Cytoscape.js with the fcose layout. Nodes are coloured and shaped by type, labels
 * appear as one zooms in (measures last), SIMILAR_TO edges are dashed and as thick as their score,
 * priority items whose title–row alignment is doubtful get a dashed red ring (DOUBTFUL in
 * ./model.ts). `replace` draws a new graph; `merge` adds one around an expanded node and lays out
 * again from the current positions.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { DOUBTFUL, isDoubtful, NODE_TYPES, SIMILAR_TO, type Graph, type NodeType } from './model';

cytoscape.use(fcose);

const FONT = '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic UI", Meiryo, sans-serif';

/**
 * Node size, label size and shape by type; `labelFrom` is the on-screen label size below which the
 * label is not drawn, so the overview names ministries and themes and zooming in reveals the rest.
 */
const SIZES: Record<NodeType, { size: number; font: number; shape: string; labelFrom: number }> = {
  Ministry: { size: 34, font: 15, shape: 'ellipse', labelFrom: 0 },
  PriorityItem: { size: 16, font: 9, shape: 'ellipse', labelFrom: 10 },
  Measure: { size: 11, font: 8, shape: 'ellipse', labelFrom: 10 },
  Clause: { size: 20, font: 10, shape: 'round-rectangle', labelFrom: 10 },
  Theme: { size: 24, font: 12, shape: 'diamond', labelFrom: 8 },
};

/** Graph data to Cytoscape elements: the one-line mapping the README shows. */
export function toElements(graph: Graph): ElementDefinition[] {
  return [
    ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.label, type: n.type, doubtful: isDoubtful(n) } })),
    ...graph.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, type: e.type, weight: e.weight } })),
  ];
}

export interface GraphViewEvents {
  readonly select: (id: string) => void;
  readonly expand: (id: string) => void;
  readonly clear: () => void;
}

export interface GraphView {
  readonly cy: Core;
  replace(graph: Graph): Promise<void>;
  merge(graph: Graph, around: string): Promise<void>;
  select(id: string): void;
  relayout(): Promise<void>;
  fit(): void;
  setTypeVisible(type: NodeType, visible: boolean): void;
  counts(): Record<NodeType, number>;
  /** How many drawn priority items are marked doubtful. */
  doubtfulCount(): number;
  has(id: string): boolean;
  /** After the container was hidden: takes its size again (Cytoscape measures it once). */
  resize(): void;
}

export function createGraphView(container: HTMLElement, events: GraphViewEvents): GraphView {
  const cy = cytoscape({
    container,
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-family': FONT,
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-wrap': 'ellipsis',
          'text-max-width': '150px',
          color: '#1d2330',
          'text-outline-color': '#fff',
          'text-outline-width': 2,
          'border-color': '#fff',
          'border-width': 1,
        },
      },
      ...NODE_TYPES.map(({ type, color }) => ({
        selector: `node[type = "${type}"]`,
        style: {
          'background-color': color,
          width: SIZES[type].size,
          height: SIZES[type].size,
          'font-size': SIZES[type].font,
          'min-zoomed-font-size': SIZES[type].labelFrom,
          shape: SIZES[type].shape as never,
        },
      })),
      { selector: 'node[type = "Ministry"]', style: { 'font-weight': 'bold' } },
      {
        selector: 'node[?doubtful]',
        style: { 'border-color': DOUBTFUL.color, 'border-width': 3, 'border-style': 'dashed', width: 22, height: 22 },
      },
      { selector: 'edge', style: { width: 1, 'line-color': '#c9ced8', 'curve-style': 'haystack', opacity: 0.8 } },
      { selector: 'edge[type = "HAS_THEME"]', style: { 'line-color': '#efb3bc' } },
      {
        selector: `edge[type = "${SIMILAR_TO}"]`,
        // Straight, so the two directions of a pair draw as one line.
        style: { 'line-color': '#c2418e', 'line-style': 'dashed', width: 'mapData(weight, 0, 1, 0.5, 3)', 'curve-style': 'straight', opacity: 0.45 },
      },
      { selector: 'node:selected', style: { 'border-color': '#111', 'border-width': 3, 'min-zoomed-font-size': 0, 'z-index': 10 } },
      { selector: 'node[?doubtful]:selected', style: { 'border-color': DOUBTFUL.color, 'border-width': 4 } },
      { selector: '.near', style: { 'min-zoomed-font-size': 0 } },
      { selector: '.faded', style: { opacity: 0.15 } },
      { selector: '.hidden-type', style: { display: 'none' } },
    ],
  });

  cy.on('tap', 'node', (event) => {
    highlight(event.target as NodeSingular);
    events.select((event.target as NodeSingular).id());
  });
  cy.on('dbltap', 'node', (event) => events.expand((event.target as NodeSingular).id()));
  cy.on('tap', (event) => {
    if (event.target === cy) {
      cy.elements().removeClass('faded near');
      events.clear();
    }
  });

  function highlight(node: NodeSingular): void {
    const near = node.closedNeighborhood();
    cy.batch(() => {
      cy.elements().removeClass('near').addClass('faded');
      near.removeClass('faded').addClass('near');
    });
  }

  /** Fits the drawing, but never zooms in past 1.5 (a few nodes would fill the screen). */
  function fit(): void {
    cy.fit(undefined, 30);
    if (cy.zoom() > 1.5) cy.zoom({ level: 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  function layout(randomize: boolean): Promise<void> {
    const run = cy.layout({
      name: 'fcose',
      quality: 'default',
      randomize,
      animate: false,
      nodeRepulsion: () => 6500,
      idealEdgeLength: () => 60,
      nodeSeparation: 60,
      packComponents: true,
    } as cytoscape.LayoutOptions);
    const done = new Promise<void>((resolve) => run.one('layoutstop', () => resolve()));
    run.run();
    return done;
  }

  return {
    cy,
    async replace(graph) {
      performance.mark('explorer:add');
      cy.batch(() => {
        cy.elements().remove();
        cy.add(toElements(graph));
      });
      performance.mark('explorer:layout');
      if (graph.nodes.length > 0) await layout(true);
      performance.mark('explorer:laid-out');
      fit();
    },
    async merge(graph, around) {
      const origin = cy.getElementById(around);
      const at = origin.nonempty() ? { ...origin.position() } : { x: 0, y: 0 };
      const fresh = toElements(graph).filter((el) => cy.getElementById(String(el.data.id)).empty());
      cy.batch(() => {
        // New nodes start around the node they were reached from, so the layout moves little else.
        cy.add(fresh.map((el) => (el.group === 'nodes' ? { ...el, position: { x: at.x + Math.random() * 40 - 20, y: at.y + Math.random() * 40 - 20 } } : el)));
      });
      await layout(false);
      fit();
    },
    select(id) {
      const node = cy.getElementById(id);
      if (node.empty()) return;
      cy.elements().unselect();
      node.select();
      highlight(node as NodeSingular);
    },
    async relayout() {
      await layout(true);
      fit();
    },
    fit,
    setTypeVisible(type, visible) {
      const nodes = cy.nodes(`[type = "${type}"]`);
      if (visible) nodes.removeClass('hidden-type');
      else nodes.addClass('hidden-type');
    },
    counts() {
      const out = Object.fromEntries(NODE_TYPES.map((t) => [t.type, 0])) as Record<NodeType, number>;
      cy.nodes().forEach((n) => {
        out[n.data('type') as NodeType] += 1;
      });
      return out;
    },
    doubtfulCount() {
      return cy.nodes('[?doubtful]').length;
    },
    has(id) {
      return cy.getElementById(id).nonempty();
    },
    resize() {
      cy.resize();
    },
  };
}
