/** What one kind of evidence says about one title and one row. */
import type { RowView, TitleView } from './views';

export interface Finding {
  /** 0…1: how strongly this kind of evidence ties the title to the row. */
  readonly value: number;
  /** Human-readable: what was found ("shared terms: 管理職, マネジメント"). */
  readonly detail: string;
}

/** One kind of evidence, prepared for a ministry: a finding for a title and a row, or null for none. */
export type Scorer = (title: TitleView, row: RowView) => Finding | null;

/** The terms of a list, shown: at most `max`, then "…". */
export function shown(items: readonly string[], max = 4): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')}, …`;
}
