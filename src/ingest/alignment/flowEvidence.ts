/**
 * Evidence `flow`: where the title stands in the text flow. The PDF prints a page's title cells after
 * the page's rows, so titles come in batches between runs of rows; a title belongs to the rows read
 * since the batch before it (`TitleCell.rowsBefore`). Page numbers are not used: a page break added
 * or moved, or a stray page number, changes no title's place among the rows.
 *
 * - rows read since the previous batch of titles: 1 (printed after its rows);
 * - rows read after it, up to the next batch: ½ (printed at the top of its rows' page, before them);
 * - rows of the run before the previous batch: ¼ (a merged cell printed on a later page);
 * - otherwise 0.
 * The order of titles within a batch is never looked at.
 */
import type { Finding, Scorer } from './finding';
import type { MinistryView, RowView, TitleView } from './views';

/** The flow evidence for a ministry. */
export function flowEvidence(view: MinistryView): Scorer {
  const batches = [...new Set(view.titles.flatMap((t) => t.cells.map((c) => c.rowsBefore)))].sort((a, b) => a - b);
  const before = (b: number): number => batches.filter((x) => x < b).pop() ?? 0;
  const after = (b: number): number => batches.find((x) => x > b) ?? view.rows.length;

  return (title: TitleView, row: RowView): Finding | null => {
    let best: Finding | null = null;
    for (const cell of title.cells) {
      const b = cell.rowsBefore;
      const r = row.row.index;
      const prev = before(b);
      const found: Finding | null =
        r >= prev && r < b
          ? { value: 1, detail: 'printed after its rows' }
          : r >= b && r < after(b)
            ? { value: 0.5, detail: 'printed before its rows, at the top of their page' }
            : r >= before(prev) && r < prev
              ? { value: 0.25, detail: 'printed after the next run of rows' }
              : null;
      if (found && (!best || found.value > best.value)) best = found;
    }
    return best;
  };
}
