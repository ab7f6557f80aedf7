/**
 * The legend: one line per node type with its colour, Japanese name and how many are drawn; a click
 * hides or shows that type. The similarity edge's key is shown when such edges are drawn.
 */
import { h } from './dom';
import { NODE_TYPES, type NodeType } from './model';

export function renderLegend(
  list: HTMLElement,
  counts: Record<NodeType, number>,
  hidden: ReadonlySet<NodeType>,
  similarEdges: number,
  toggle: (type: NodeType) => void,
): void {
  list.replaceChildren(
    ...NODE_TYPES.map(({ type, nameJa, color }) =>
      h(
        'li',
        { class: hidden.has(type) ? 'off' : '', 'data-type': type, title: hidden.has(type) ? 'クリックで表示' : 'クリックで隠す', onclick: () => toggle(type) },
        h('span', { class: `swatch ${type}`, style: `background:${color}` }),
        nameJa,
        h('span', { class: 'count' }, String(counts[type])),
      ),
    ),
    ...(similarEdges > 0 ? [h('li', { class: 'edge-key' }, h('span', { class: 'dash' }), '類似', h('span', { class: 'count' }, String(similarEdges)))] : []),
  );
}
