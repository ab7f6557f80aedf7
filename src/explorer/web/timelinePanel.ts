/**
 * A ministry over the loaded years, in its side panel: per year its priority items and measures
 * and what changed from the loaded year before (continued, changed, new, dropped, with a bar), then
 * for the year shown the changes themselves with the lineage's reasons (`reportDiff` with the
 * loaded year before). With one year loaded, or the first year shown, it says there is nothing to
 * compare.
 */
import { h } from './dom';
import type { ChangeCounts, ChangeKind, MeasureChange, MinistryDetail } from './detailQueries';
import type { ReportYear } from './directory';

/** Japanese (and English) names and colours of the change kinds, in the order they are shown. */
const KINDS: readonly { kind: ChangeKind; key: keyof ChangeCounts; nameJa: string; nameEn: string; color: string }[] = [
  { kind: 'CONTINUED', key: 'continued', nameJa: '継続', nameEn: 'continued', color: '#9aa3b2' },
  { kind: 'CHANGED', key: 'changed', nameJa: '変更', nameEn: 'changed', color: '#e0a21e' },
  { kind: 'NEW', key: 'new', nameJa: '新規', nameEn: 'new', color: '#2e9a48' },
  { kind: 'DROPPED', key: 'dropped', nameJa: '終了', nameEn: 'dropped', color: '#c62828' },
];

/** Opens a measure of the year shown. */
export type OpenMeasure = (id: string) => void;

/** The timeline and the diff of `ministry` for the year shown; `years` are the loaded ones. */
export function renderTimeline(ministry: MinistryDetail, year: ReportYear, years: readonly ReportYear[], open: OpenMeasure): HTMLElement {
  const table = h(
    'table',
    { class: 'timeline' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '年度'), h('th', { scope: 'col' }, '重点項目'), h('th', { scope: 'col' }, '取組'), ...KINDS.map((k) => h('th', { scope: 'col', title: k.nameEn }, h('span', { class: 'dot', style: `background:${k.color}` }), k.nameJa)))),
    h(
      'tbody',
      {},
      ...ministry.timeline.map((y) =>
        h(
          'tr',
          { 'data-year': y.fiscalYear, class: y.fiscalYear === year.fiscalYear ? 'current' : '', 'aria-current': y.fiscalYear === year.fiscalYear ? 'true' : false },
          h('th', { scope: 'row' }, y.fiscalYearJa),
          h('td', { 'data-field': 'priorityItemCount' }, String(y.priorityItemCount)),
          h('td', { 'data-field': 'measureCount' }, String(y.measureCount)),
          ...KINDS.map((k) => h('td', { 'data-field': k.key }, y.changes === null ? '—' : String(y.changes[k.key]))),
        ),
      ),
    ),
  );
  return h('section', { class: 'ministry-timeline' }, h('h3', {}, '年度ごとの推移 (timeline)'), table, bars(ministry), renderDiff(ministry, year, years, open));
}

/** A bar per year: its measures, split into continued, changed and new (the first year: all in one). */
function bars(ministry: MinistryDetail): HTMLElement {
  const most = Math.max(1, ...ministry.timeline.map((y) => y.measureCount));
  return h(
    'div',
    { class: 'bars', 'aria-hidden': 'true' },
    ...ministry.timeline.map((y) => {
      const parts = y.changes === null ? [{ n: y.measureCount, color: '#6f7c91' }] : KINDS.filter((k) => k.kind !== 'DROPPED').map((k) => ({ n: y.changes![k.key], color: k.color }));
      return h(
        'div',
        { class: 'bar-row' },
        h('span', { class: 'bar-year' }, y.fiscalYearJa),
        h('span', { class: 'bar' }, ...parts.filter((p) => p.n > 0).map((p) => h('span', { style: `width:${(100 * p.n) / most}%;background:${p.color}` }))),
      );
    }),
  );
}

function renderDiff(ministry: MinistryDetail, year: ReportYear, years: readonly ReportYear[], open: OpenMeasure): HTMLElement {
  const diff = ministry.diff;
  if (diff === null) {
    const why =
      years.length <= 1
        ? `読み込まれている年度は${year.fiscalYearJa}だけなので、比べる年度がありません。`
        : `${year.fiscalYearJa}は読み込まれている最初の年度なので、前の年度との比較はありません。`;
    return h('div', { class: 'diff', 'data-diff': 'none' }, h('p', { class: 'hint' }, why));
  }
  const nameOf = (fiscalYear: number): string => years.find((y) => y.fiscalYear === fiscalYear)?.fiscalYearJa ?? String(fiscalYear);
  const summary = (label: string, counts: ChangeCounts, field: string): HTMLElement =>
    h('p', { class: 'meta', 'data-counts': field }, `${label}: `, ...KINDS.map((k, i) => h('span', { 'data-kind': k.kind }, `${i > 0 ? '・' : ''}${k.nameJa} ${counts[k.key]}`)));
  const groups = KINDS.map((k) => ({ ...k, changes: diff.measures.filter((m) => m.kind === k.kind) })).filter((g) => g.changes.length > 0);
  return h(
    'div',
    { class: 'diff', 'data-from': diff.from, 'data-to': diff.to },
    h('h3', {}, `${nameOf(diff.from)} → ${nameOf(diff.to)} の変化`),
    summary('取組', diff.counts, 'measures'),
    summary('重点項目', diff.priorityItemCounts, 'priorityItems'),
    ...groups.map((g) => {
      const list = h('ol', { class: 'changes' }, ...g.changes.map((c) => renderChange(c, open)));
      const title = `${g.nameJa} (${g.nameEn}) ${g.changes.length}`;
      // Continued measures are the many and the least news: folded.
      return g.kind === 'CONTINUED' ? h('details', { 'data-kind': g.kind }, h('summary', {}, title), list) : h('div', { 'data-kind': g.kind }, h('h4', {}, title), list);
    }),
  );
}

function renderChange(change: MeasureChange, open: OpenMeasure): HTMLElement {
  // The measure of the year shown can be opened; a dropped one is of the year before.
  const shown = change.after ?? change.before;
  const head = change.after
    ? h('button', { type: 'button', class: 'link', onclick: () => open(change.after!.id) }, `${change.after.head}…`)
    : h('span', {}, `${change.before?.head ?? ''}…`);
  return h(
    'li',
    { 'data-kind': change.kind, 'data-id': shown?.id ?? '' },
    head,
    change.score === null ? null : h('span', { class: 'score' }, `一致度 ${change.score.toFixed(2)}`),
    h('div', { class: 'reason' }, change.reason),
  );
}
