/**
 * splitPage — a page break added between two rows of a table.
 *
 * What: a page is cut in two before a row; the rows after the cut, and the title cells of their
 * items, move to a new page that starts with a leading space or after a page number.
 * Meaning: every cell keeps its text and its row; a title still stands on the page of its rows.
 * Cuts are only made where no item spans them, where the row before the cut has its clause cell (so
 * the next measure cell cannot be its continuation) and where no moved title would read as a clause
 * reference (see pageOps).
 * Drift: next year's PDF paginates differently (a larger font, a longer row above): a page ends
 * earlier and its last rows open the next page.
 */
import type { Random } from '../random';
import type { MinistrySection, Page, ReportModel } from '../reportModel';
import { cutPage, rowCuts, withFooter } from './pageOps';
import type { Applied, Transform } from './types';

export const splitPage: Transform = {
  kind: 'splitPage',
  apply(model: ReportModel, random: Random): Applied | null {
    const candidates = model.ministries.flatMap((m, mi) => m.pages.flatMap((page, pi) => (splitsOf(page).length > 0 ? [{ mi, pi }] : [])));
    if (candidates.length === 0) return null;
    const chosen = random.subset(candidates, 0.3);
    const notes: string[] = [];
    const ministries = model.ministries.map((m, mi): MinistrySection => {
      const pages: Page[] = [];
      m.pages.forEach((page, pi) => {
        if (!chosen.some((c) => c.mi === mi && c.pi === pi)) {
          pages.push(page);
          return;
        }
        const [at, [left, right]] = random.pick(splitsOf(page));
        const numbered = random.chance(0.5);
        pages.push(numbered ? withFooter(left, random.int(2, 60)) : left, numbered ? { ...right, marker: 'number' } : right);
        notes.push(`${m.id} page ${pi + 1} cut before line ${page.pieces[at].origin}${numbered ? ' (page number between)' : ''}`);
      });
      return { ...m, pages };
    });
    return { model: { ...model, ministries }, note: `splitPage: ${notes.join('; ')}` };
  },
};

function splitsOf(page: Page): [number, [Page, Page]][] {
  return rowCuts(page).flatMap((at) => {
    const halves = cutPage(page, at);
    return halves ? [[at, halves] as [number, [Page, Page]]] : [];
  });
}
