/**
 * The side panel's detail: a measure with its ministry, item, status, text, clauses, themes, where
 * it is printed, and similar measures of other ministries with the reasons (shared terms, themes,
 * clauses); any other node with its main properties. Links call back into the page.
 */
import { h } from './dom';
import { typeInfo, type GraphNode, type NodeType } from './model';
import type { MeasureDetail, SimilarMeasure } from './queries';

export interface DetailActions {
  readonly open: (id: string) => void;
  readonly expand: (id: string) => void;
  readonly neighbourhood: (id: string, type: NodeType) => void;
}

function chip(type: NodeType): HTMLElement {
  const info = typeInfo(type);
  return h('span', { class: 'chip', style: `background:${info.color}` }, info.nameJa);
}

function link(text: string, onClick: () => void): HTMLElement {
  return h('button', { type: 'button', class: 'link', onclick: onClick }, text);
}

/** A measure, then its similar measures (filled in when they arrive). */
export function renderMeasure(panel: HTMLElement, measure: MeasureDetail, actions: DetailActions): HTMLElement {
  const similarList = h('div', { class: 'similar' }, h('p', { class: 'hint' }, '類似の取組を読み込み中…'));
  const themes = measure.themes.length === 0 ? [] : [h('h3', {}, 'テーマ'), h('ul', {}, ...measure.themes.map((t) => h('li', {}, link(t.label, () => actions.open(t.id)))))];
  panel.replaceChildren(
    h('h2', {}, chip('Measure'), `${measure.head}…`),
    h('p', { class: 'meta' }, link(measure.ministry.nameJa, () => actions.open(measure.ministry.id)), measure.statusJa ? `・${measure.statusJa}` : ''),
    h('p', { class: 'meta' }, '重点項目: ', link(measure.priorityItem.title, () => actions.open(measure.priorityItem.id))),
    h('p', { class: 'text' }, measure.text),
    h('p', { class: 'meta' }, `報告書 ${measure.source.lineStart}–${measure.source.lineEnd} 行`),
    h('h3', {}, '取組指針の項目'),
    measure.clauses.length === 0
      ? h('p', { class: 'hint' }, 'なし')
      : h('ul', {}, ...measure.clauses.map((c) => h('li', {}, link(c.kind === 'PLAN' ? c.path : `${c.path} ${c.title}`, () => actions.open(c.id))))),
    ...themes,
    h('h3', {}, '他府省等の類似の取組'),
    similarList,
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => actions.expand(measure.id) }, '展開')),
  );
  return similarList;
}

/** Fills the similar-measures part of a measure's panel. */
export function renderSimilar(container: HTMLElement, similar: readonly SimilarMeasure[], actions: DetailActions): void {
  if (similar.length === 0) {
    container.replaceChildren(h('p', { class: 'hint' }, '見つかりません（類似度がまだ計算されていないか、似た取組がありません）'));
    return;
  }
  container.replaceChildren(
    h(
      'ol',
      {},
      ...similar.map((s) => {
        const reasons = [
          s.sharedThemes.length > 0 ? `共通テーマ: ${s.sharedThemes.join('、')}` : null,
          s.sharedTerms.length > 0 ? `共通語: ${s.sharedTerms.slice(0, 6).join('、')}` : null,
          s.sharedClauses.length > 0 ? `共通の項目: ${s.sharedClauses.join('、')}` : null,
        ].filter((r): r is string => r !== null);
        return h(
          'li',
          { 'data-id': s.id },
          h('strong', {}, s.ministryName),
          ' ',
          link(`${s.head}…`, () => actions.open(s.id)),
          h('span', { class: 'score' }, `類似度 ${s.score.toFixed(2)}`),
          reasons.length > 0 ? h('div', { class: 'reason' }, reasons.join(' ／ ')) : null,
        );
      }),
    ),
  );
}

/** Any node that is not a measure: its label, type and main properties. */
export function renderNode(panel: HTMLElement, node: GraphNode, actions: DetailActions): void {
  const d = node.data;
  const rows: [string, unknown][] = (
    {
      Ministry: [['英語名', d.nameEn]],
      PriorityItem: [['順', d.order]],
      Clause: [['種類', d.kind === 'PLAN' ? '府省等の計画' : '取組指針'], ['別表記', Array.isArray(d.titleVariants) ? d.titleVariants.join('、') : null]],
      Theme: [['英語名', d.nameEn], ['語', Array.isArray(d.terms) ? d.terms.join('、') : null]],
      Measure: [],
    } satisfies Record<NodeType, [string, unknown][]>
  )[node.type];
  panel.replaceChildren(
    h('h2', {}, chip(node.type), node.label),
    ...rows.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => h('p', { class: 'meta' }, `${k}: ${String(v)}`)),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => actions.neighbourhood(node.id, node.type) }, 'この周りだけ表示'),
      h('button', { type: 'button', onclick: () => actions.expand(node.id) }, '展開'),
    ),
  );
}
