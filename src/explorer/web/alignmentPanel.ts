/**
 * A priority item's alignment in the side panel — how sure the extraction is that the item's title
 * belongs to its rows of the report's table, and why: the confidence, who matched (machine or a
 * person's review), and the evidence (kind, what was seen, weight). Doubtful items (the API's
 * `doubtful`: a machine match under the review threshold) carry the mark the drawing uses.
 */
import { h } from './dom';
import type { Alignment } from './detailQueries';
import { DOUBTFUL } from './model';

/** Japanese names of the evidence kinds the extraction records (src/ingest/alignment); others show as they are. */
const EVIDENCE_KINDS: Record<string, string> = {
  terms: '共通の語句',
  themes: '共通のテーマ',
  clauses: '取組指針の項目',
  plan: '府省等の計画の項目',
  flow: '印刷の位置',
  review: '人による確認',
};

/** The small mark of a doubtful item (beside its title, in lists). */
export function doubtfulBadge(): HTMLElement {
  return h('span', { class: 'doubtful-badge', title: `${DOUBTFUL.nameJa}（${DOUBTFUL.nameEn}）: 見出しと表の行の対応を人が確認するとよいもの` }, '要確認');
}

/** The alignment section of a priority item's panel. */
export function renderAlignment(alignment: Alignment): HTMLElement {
  const method = alignment.method === 'REVIEWED' ? '人が確認済み (reviewed)' : '機械による対応づけ (machine)';
  const verdict = alignment.doubtful
    ? h('p', { class: 'verdict doubtful' }, doubtfulBadge(), ' 確度が低く、見出しがこの行のものか確かではありません (doubtful)')
    : alignment.reviewed
      ? h('p', { class: 'verdict' }, '人が確認した対応です')
      : h('p', { class: 'verdict' }, '確度は確認の基準を満たしています');
  const percent = Math.round(Math.max(0, Math.min(1, alignment.confidence)) * 100);
  return h(
    'section',
    { class: `alignment${alignment.doubtful ? ' doubtful' : ''}`, 'data-doubtful': String(alignment.doubtful) },
    h('h3', {}, '見出しと表の行の対応 (alignment)'),
    verdict,
    h(
      'dl',
      {},
      h('dt', {}, '確度 (confidence)'),
      h('dd', { class: 'confidence' }, h('span', { class: 'meter', role: 'img', 'aria-label': `確度 ${alignment.confidence.toFixed(2)}` }, h('span', { style: `width:${percent}%` })), alignment.confidence.toFixed(2)),
      h('dt', {}, '方法 (method)'),
      h('dd', { class: 'method' }, method),
    ),
    h('p', { class: 'hint' }, '報告書の PDF では表の見出しが行と離れて印刷されています。抽出は次の手がかりで見出しを行に対応づけました（重みが大きいほど強い手がかり）。'),
    alignment.evidence.length === 0
      ? h('p', { class: 'hint' }, '手がかりの記録はありません')
      : h(
          'table',
          { class: 'evidence' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '手がかり (kind)'), h('th', { scope: 'col' }, '内容 (detail)'), h('th', { scope: 'col' }, '重み'))),
          h(
            'tbody',
            {},
            ...alignment.evidence.map((e) =>
              h(
                'tr',
                { 'data-kind': e.kind },
                h('td', { class: 'kind' }, EVIDENCE_KINDS[e.kind] ?? e.kind, h('span', { class: 'en' }, e.kind)),
                h('td', { class: 'detail' }, e.detail),
                h('td', { class: 'weight' }, e.weight.toFixed(2)),
              ),
            ),
          ),
        ),
  );
}
