/**
 * The side panel's detail: a measure with its ministry, item, status, text, clauses, themes, where
 * it is printed, and similar measures of other ministries with the reasons (shared terms, themes,
 * clauses); a priority item with its alignment (./alignmentPanel.ts); a ministry with its items and
 * its timeline (./timelinePanel.ts); any other node with its main properties. Links call back into
 * the page.
 */
import { doubtfulBadge, renderAlignment } from './alignmentPanel';
import type { MinistryDetail, PriorityItemDetail } from './detailQueries';
import type { ReportYear } from './directory';
import { h } from './dom';
import { typeInfo, type GraphNode, type NodeType } from './model';
import type { MeasureDetail, SimilarMeasure } from './queries';
import { renderTimeline } from './timelinePanel';

export interface DetailActions {
  /** Read a node (and, in the graph, select or add it). */
  readonly open: (id: string, type: NodeType) => void;
  readonly expand: (id: string, type: NodeType) => void;
  /** Draw the node's neighbourhood in the graph. */
  readonly neighbourhood: (id: string, type: NodeType) => void;
}

export function chip(type: NodeType): HTMLElement {
  const info = typeInfo(type);
  return h('span', { class: 'chip', style: `background:${info.color}` }, info.nameJa);
}

function link(text: string, onClick: () => void): HTMLElement {
  return h('button', { type: 'button', class: 'link', onclick: onClick }, text);
}

function buttons(id: string, type: NodeType, actions: DetailActions): HTMLElement {
  return h(
    'div',
    { class: 'actions' },
    h('button', { type: 'button', onclick: () => actions.neighbourhood(id, type) }, 'この周りだけ表示'),
    h('button', { type: 'button', onclick: () => actions.expand(id, type) }, '展開'),
  );
}

/** A measure, then its similar measures (filled in when they arrive). */
export function renderMeasure(panel: HTMLElement, measure: MeasureDetail, actions: DetailActions): HTMLElement {
  const similarList = h('div', { class: 'similar' }, h('p', { class: 'hint' }, '類似の取組を読み込み中…'));
  const themes = measure.themes.length === 0 ? [] : [h('h3', {}, 'テーマ'), h('ul', {}, ...measure.themes.map((t) => h('li', {}, link(t.nameJa, () => actions.open(t.id, 'Theme')))))];
  const item = measure.priorityItem;
  panel.replaceChildren(
    h('h2', {}, chip('Measure'), `${measure.head}…`),
    h('p', { class: 'meta' }, link(measure.ministry.nameJa, () => actions.open(measure.ministry.id, 'Ministry')), measure.statusJa ? `・${measure.statusJa}` : ''),
    h('p', { class: 'meta' }, '重点項目: ', link(item.title, () => actions.open(item.id, 'PriorityItem')), item.alignment.doubtful ? [' ', doubtfulBadge()] : null),
    h('p', { class: 'text' }, measure.text),
    h('p', { class: 'meta' }, `報告書 ${measure.source.lineStart}–${measure.source.lineEnd} 行`),
    h('h3', {}, '取組指針の項目'),
    measure.clauses.length === 0
      ? h('p', { class: 'hint' }, 'なし')
      : h('ul', {}, ...measure.clauses.map((c) => h('li', {}, link(c.kind === 'PLAN' ? c.path : `${c.path} ${c.title}`, () => actions.open(c.id, 'Clause'))))),
    ...themes,
    h('h3', {}, '他府省等の類似の取組'),
    similarList,
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => actions.expand(measure.id, 'Measure') }, '展開')),
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
          link(`${s.head}…`, () => actions.open(s.id, 'Measure')),
          h('span', { class: 'score' }, `類似度 ${s.score.toFixed(2)}`),
          reasons.length > 0 ? h('div', { class: 'reason' }, reasons.join(' ／ ')) : null,
        );
      }),
    ),
  );
}

/** A priority item: its ministry, its alignment (the mark and the why), its measures. */
export function renderPriorityItem(panel: HTMLElement, item: PriorityItemDetail, actions: DetailActions): void {
  panel.replaceChildren(
    h('h2', {}, chip('PriorityItem'), item.title, item.alignment.doubtful ? [' ', doubtfulBadge()] : null),
    h('p', { class: 'meta' }, link(item.ministry.nameJa, () => actions.open(item.ministry.id, 'Ministry')), `・${item.order} 番目の重点項目`),
    renderAlignment(item.alignment),
    h('h3', {}, `取組（${item.measures.length}）`),
    h('ul', {}, ...item.measures.map((m) => h('li', { 'data-id': m.id }, link(`${m.head}…`, () => actions.open(m.id, 'Measure'))))),
    buttons(item.id, 'PriorityItem', actions),
  );
}

/** A ministry in the year shown: its items (doubtful ones marked) and its timeline with the diff. */
export function renderMinistry(panel: HTMLElement, ministry: MinistryDetail, year: ReportYear, years: readonly ReportYear[], actions: DetailActions): void {
  panel.replaceChildren(
    h('h2', {}, chip('Ministry'), ministry.nameJa),
    ...(ministry.nameEn ? [h('p', { class: 'meta' }, ministry.nameEn)] : []),
    h('p', { class: 'meta' }, `${year.fiscalYearJa}: 重点項目 ${ministry.priorityItems.length}・取組 ${ministry.measureCount}`),
    buttons(ministry.id, 'Ministry', actions),
    h('h3', {}, '重点項目'),
    h(
      'ul',
      {},
      ...ministry.priorityItems.map((p) => h('li', { 'data-id': p.id }, link(p.title, () => actions.open(p.id, 'PriorityItem')), p.alignment.doubtful ? [' ', doubtfulBadge()] : null)),
    ),
    renderTimeline(ministry, year, years, (id) => actions.open(id, 'Measure')),
  );
}

/** Any other node (a clause, a theme): its label, type and main properties. */
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
    buttons(node.id, node.type, actions),
  );
}
