/**
 * permuteTitles — the title cells of a page printed in another order.
 *
 * What: the title cells of a page swap places among the places title cells take on that page
 * (those printed one after another, and those printed between rows); the blank lines stay where
 * they were. Titles do not cross the 重点項目 header: under it a lone "（１）人材育成" is a title,
 * above it the same line reads as a clause reference.
 * Meaning: a title cell is a merged cell beside its rows; the text gives no row positions for it,
 * and SPEC says the order "does not always follow the rows". Which title goes with which rows is
 * decided by their words and page, not by this order.
 * Drift: another converter (or another PDF producer) emits the title column's text boxes in
 * another order.
 */
import type { Random } from '../random';
import { allPages, mapPages, type Piece, type ReportModel } from '../reportModel';
import type { Applied, Transform } from './types';

export const permuteTitles: Transform = {
  kind: 'permuteTitles',
  apply(model: ReportModel, random: Random): Applied | null {
    const runs = allPages(model).map((page, i) => (i < model.preamble.length ? [] : titleRuns(page.pieces).filter((run) => new Set(run.map((i) => page.pieces[i].lines.join('\n'))).size > 1)));
    const candidates = runs.flatMap((pageRuns, pageIndex) => pageRuns.map((run) => ({ pageIndex, run })));
    if (candidates.length === 0) return null;
    const chosen = random.subset(candidates, 0.6);
    const notes: string[] = [];
    let pageIndex = -1;
    const out = mapPages(model, (page, ministry) => {
      pageIndex++;
      const pieces = [...page.pieces];
      for (const { run } of chosen.filter((c) => c.pageIndex === pageIndex)) {
        const order = random.derange(run, (a, b) => page.pieces[a].lines.join('\n') === page.pieces[b].lines.join('\n'));
        run.forEach((slot, k) => (pieces[slot] = { ...page.pieces[order[k]], gap: page.pieces[slot].gap }));
        notes.push(`${ministry?.id ?? 'preamble'} lines ${run.map((i) => page.pieces[i].origin).join(',')} → ${order.map((i) => page.pieces[i].origin).join(',')}`);
      }
      return { ...page, pieces };
    });
    return { model: out, note: `permuteTitles: ${notes.join('; ')}` };
  },
};

/** Indexes (two or more) of the title cells on each side of the page's 重点項目 header. */
function titleRuns(pieces: readonly Piece[]): number[][] {
  const header = pieces.findIndex((p) => p.kind === 'itemHeader');
  const titles = pieces.flatMap((p, i) => (p.kind === 'T' ? [i] : []));
  const sides = header < 0 ? [titles] : [titles.filter((i) => i < header), titles.filter((i) => i > header)];
  return sides.filter((side) => side.length > 1);
}
