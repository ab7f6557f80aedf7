/**
 * The legend: one line per node type with its colour, Japanese name and how many are drawn; a click
 * hides or shows that type. Below, the marks: priority items with a doubtful alignment (when any
 * is drawn) and the similarity edge (when such edges are drawn; each measure's 3 strongest).
 */
import { h } from './dom';
import { DOUBTFUL, NODE_TYPES, typeInfo, type NodeType } from './model';

export interface LegendCounts {
  readonly types: Record<NodeType, number>;
  readonly doubtful: number;
  readonly similarEdges: number;
}

export function renderLegend(list: HTMLElement, counts: LegendCounts, hidden: ReadonlySet<NodeType>, toggle: (type: NodeType) => void): void {
  list.replaceChildren(
    ...NODE_TYPES.map(({ type, nameJa, color }) =>
      h(
        'li',
        { class: hidden.has(type) ? 'off' : '', 'data-type': type, title: hidden.has(type) ? 'クリックで表示' : 'クリックで隠す', onclick: () => toggle(type) },
        h('span', { class: `swatch ${type}`, style: `background:${color}` }),
        nameJa,
        h('span', { class: 'count' }, String(counts.types[type])),
      ),
    ),
    ...(counts.doubtful > 0
      ? [
          h(
            'li',
            {
              class: 'mark-key doubtful-key',
              title: `${DOUBTFUL.nameJa} (${DOUBTFUL.nameEn}): 抽出が見出しを表の行に対応づけた確度が低く、人の確認が要るもの。その重点項目をクリックすると確度と根拠を表示します`,
            },
            h('span', { class: 'swatch ring', style: `background:${typeInfo('PriorityItem').color};border-color:${DOUBTFUL.color}` }),
            `要確認の重点項目`,
            h('span', { class: 'count' }, String(counts.doubtful)),
          ),
        ]
      : []),
    // The API draws each measure's 3 strongest similarity edges (graph's similarPerNode default): say so.
    ...(counts.similarEdges > 0
      ? [h('li', { class: 'edge-key', title: '類似の取組（各取組につき類似度の高い上位3本まで表示）' }, h('span', { class: 'dash' }), '類似', h('span', { class: 'count' }, String(counts.similarEdges)))]
      : []),
  );
}
