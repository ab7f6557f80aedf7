/**
 * The measures of one matrix cell in the side panel: the ministry and the section or theme, how
 * many, and each measure's head (with its item, doubtful items marked), opened in the graph by a
 * click.
 */
import { doubtfulBadge } from './alignmentPanel';
import { h } from './dom';
import type { CellMeasure } from './matrixQueries';
import { AXIS_NAME, type Matrix, type MatrixColumn, type MatrixRow } from './matrixModel';

export interface CellActions {
  /** Shows the measure in the graph and reads it. */
  readonly openInGraph: (id: string) => void;
  /** Reads the ministry (its timeline). */
  readonly openMinistry: (id: string) => void;
}

export function renderCellMeasures(panel: HTMLElement, matrix: Matrix, row: MatrixRow, column: MatrixColumn, measures: readonly CellMeasure[], actions: CellActions): void {
  panel.dataset.id = '';
  panel.dataset.cell = `${row.id} ${column.key ?? ''}`;
  panel.replaceChildren(
    h('h2', {}, h('button', { type: 'button', class: 'link', onclick: () => actions.openMinistry(row.id) }, row.label), ' × ', column.label),
    h('p', { class: 'meta' }, `${matrix.year.fiscalYearJa}・${AXIS_NAME[matrix.axis]}・取組 ${measures.length} 件`),
    measures.length === 0
      ? h('p', { class: 'hint' }, '取組はありません')
      : h(
          'ol',
          { class: 'cell-measures' },
          ...measures.map((m) =>
            h(
              'li',
              { 'data-id': m.id },
              h('button', { type: 'button', class: 'link', title: 'グラフで表示して読む', onclick: () => actions.openInGraph(m.id) }, `${m.head}…`),
              m.statusJa ? h('span', { class: 'score' }, m.statusJa) : null,
              h('div', { class: 'reason' }, `重点項目: ${m.priorityItem.title}`, m.priorityItem.alignment.doubtful ? [' ', doubtfulBadge()] : null),
            ),
          ),
        ),
    h('p', { class: 'hint' }, '見出しをクリックすると、グラフでその取組を表示して内容を読みます。'),
  );
}
