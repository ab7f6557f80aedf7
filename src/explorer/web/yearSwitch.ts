/** The year switch: the loaded years (newest first) as options of a <select>, the shown one selected. */
import { h } from './dom';
import type { ReportYear } from './directory';

export function renderYearSwitch(select: HTMLSelectElement, years: readonly ReportYear[], shown: number): void {
  select.replaceChildren(...years.map((y) => h('option', { value: y.fiscalYear, selected: y.fiscalYear === shown }, `${y.fiscalYearJa}（${y.fiscalYear}）`)));
  select.value = String(shown);
  // One year: nothing to switch to, but the year stays in view.
  select.disabled = years.length < 2;
}
