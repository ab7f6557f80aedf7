/**
 * The matrix drawn as a table: a row per ministry (its name opens the ministry), a column per
 * section or theme, each cell coloured by its count on a sequential scale (./colorScale.ts) with
 * the count written in it; empty cells are blank. Cells are buttons (a click opens the cell's
 * measures) reached by Tab once and then by the arrow keys; each says its ministry, column and
 * count to screen readers, and hovering or focusing one shows the same in the readout line and
 * marks its row and column headers. Headers stay in place while the table scrolls.
 */
import { binOf, colorBins, type ColorBin } from './colorScale';
import { h } from './dom';
import { AXIS_NAME, cellKey, type Matrix, type MatrixColumn, type MatrixRow } from './matrixModel';

export interface MatrixEvents {
  readonly openCell: (row: MatrixRow, column: MatrixColumn) => void;
  readonly openRow: (row: MatrixRow) => void;
}

/** More columns than this get vertical headers. */
const WIDE = 8;

/** Draws `matrix` into `container` and its colour key into `legend`; `readout` tells the cell hovered or focused. */
export function renderMatrix(container: HTMLElement, legend: HTMLElement, readout: HTMLElement, matrix: Matrix, events: MatrixEvents): void {
  const bins = colorBins(matrix.max);
  const vertical = matrix.columns.length > WIDE;
  const buttons: (HTMLButtonElement | null)[][] = [];
  const headers = matrix.columns.map((column, c) =>
    h('th', { scope: 'col', class: column.key === null ? 'none' : '', title: column.label, 'data-col': c }, h('span', {}, column.label)),
  );
  const rowHeaders: HTMLElement[] = [];
  const mark = (r: number, c: number, on: boolean): void => {
    rowHeaders[r]?.classList.toggle('hot', on);
    headers[c]?.classList.toggle('hot', on);
  };
  const body = matrix.rows.map((row, r) => {
    const rowHeader = h('th', { scope: 'row', 'data-row': row.id }, h('button', { type: 'button', class: 'link', title: `${row.label}の推移と変化`, onclick: () => events.openRow(row) }, row.label));
    rowHeaders.push(rowHeader);
    buttons.push([]);
    const cells = matrix.columns.map((column, c) => {
      const count = matrix.counts.get(cellKey(row.id, column.key)) ?? 0;
      const bin = binOf(count, bins);
      if (bin === null) {
        buttons[r].push(null);
        return h('td', { class: 'empty' }, h('span', { class: 'sr-only' }, '0 件'));
      }
      const text = `${row.label} × ${column.label}: ${count} 件`;
      const button = h(
        'button',
        {
          type: 'button',
          class: 'cell',
          style: `background:${bin.color};color:${bin.ink}`,
          'aria-label': text,
          'data-row': row.id,
          'data-col': column.key ?? '',
          'data-count': count,
          tabindex: -1,
          onclick: () => {
            container.querySelectorAll('button.cell.selected').forEach((b) => b.classList.remove('selected'));
            button.classList.add('selected');
            events.openCell(row, column);
          },
          onfocus: () => show(r, c, text),
          onblur: () => hide(r, c),
          onmouseenter: () => show(r, c, text),
          onmouseleave: () => hide(r, c),
        },
        String(count),
      );
      buttons[r].push(button);
      return h('td', {}, button);
    });
    return h('tr', {}, rowHeader, ...cells);
  });
  function show(r: number, c: number, text: string): void {
    mark(r, c, true);
    readout.textContent = text;
  }
  function hide(r: number, c: number): void {
    mark(r, c, false);
  }
  const first = buttons.flat().find((b): b is HTMLButtonElement => b !== null);
  if (first) first.tabIndex = 0;
  const table = h(
    'table',
    { class: `matrix${vertical ? ' vertical' : ''}`, 'aria-label': `府省等 × ${AXIS_NAME[matrix.axis]}（${matrix.year.fiscalYearJa}）の取組の数` },
    h('thead', {}, h('tr', {}, h('th', { class: 'corner', scope: 'col' }, `府省等 ＼ ${AXIS_NAME[matrix.axis]}`), ...headers)),
    h('tbody', {}, ...body),
  );
  table.addEventListener('keydown', (event) => moveFocus(event, buttons));
  container.replaceChildren(table);
  legend.replaceChildren(...renderKey(bins));
  readout.textContent = 'セルにポインターを合わせるかフォーカスすると件数を表示します。クリックでその取組を一覧。';
}

/** The colour key: one swatch per bin with its range of counts, and the blank for none. */
function renderKey(bins: readonly ColorBin[]): HTMLElement[] {
  return [
    h('span', { class: 'key-title' }, '取組の数'),
    h('span', { class: 'key-bin' }, h('span', { class: 'key-swatch empty' }), '0'),
    ...bins.map((b) => h('span', { class: 'key-bin' }, h('span', { class: 'key-swatch', style: `background:${b.color}` }), b.from === b.to ? String(b.from) : `${b.from}–${b.to}`)),
  ];
}

/** Arrow keys, Home and End move between the cells that have measures (a roving tab stop). */
function moveFocus(event: KeyboardEvent, buttons: readonly (HTMLButtonElement | null)[][]): void {
  const at = event.target instanceof HTMLButtonElement ? findCell(event.target, buttons) : null;
  if (at === null) return;
  const [r, c] = at;
  const inRow = (row: number, from: number, step: number): HTMLButtonElement | null => {
    for (let i = from; i >= 0 && i < buttons[row].length; i += step) if (buttons[row][i]) return buttons[row][i];
    return null;
  };
  const inColumn = (from: number, step: number): HTMLButtonElement | null => {
    for (let i = from; i >= 0 && i < buttons.length; i += step) {
      // The nearest cell with measures in that row, from the same column outwards.
      for (let d = 0; d < buttons[i].length; d += 1) {
        const b = buttons[i][c - d] ?? buttons[i][c + d];
        if (b) return b;
      }
    }
    return null;
  };
  const next: Record<string, () => HTMLButtonElement | null> = {
    ArrowRight: () => inRow(r, c + 1, 1),
    ArrowLeft: () => inRow(r, c - 1, -1),
    ArrowDown: () => inColumn(r + 1, 1),
    ArrowUp: () => inColumn(r - 1, -1),
    Home: () => inRow(r, 0, 1),
    End: () => inRow(r, buttons[r].length - 1, -1),
  };
  const target = next[event.key]?.();
  if (target === undefined) return;
  event.preventDefault();
  if (target === null) return;
  buttons[r][c]!.tabIndex = -1;
  target.tabIndex = 0;
  target.focus();
}

function findCell(button: HTMLButtonElement, buttons: readonly (HTMLButtonElement | null)[][]): [number, number] | null {
  for (let r = 0; r < buttons.length; r += 1) {
    const c = buttons[r].indexOf(button);
    if (c !== -1) return [r, c];
  }
  return null;
}
