/**
 * mergePages — a page break removed between two pages of one ministry's table.
 *
 * What: two consecutive pages of a ministry become one: the rows of both, then the title cells
 * (and furniture) that followed the rows of each, in print order; a page number between them goes.
 * Meaning: every cell keeps its text and its row, titles stay on the page of their rows. Only pages
 * whose join is unambiguous are joined (see pageOps.joinPages).
 * Drift: next year's PDF fits more on a page (a smaller font, shorter rows): a table that took two
 * pages takes one.
 */
import type { Random } from '../random';
import type { MinistrySection, Page, ReportModel } from '../reportModel';
import { joinPages } from './pageOps';
import type { Applied, Transform } from './types';

export const mergePages: Transform = {
  kind: 'mergePages',
  apply(model: ReportModel, random: Random): Applied | null {
    const candidates = model.ministries.flatMap((m, mi) =>
      m.pages.flatMap((page, pi) => (pi + 1 < m.pages.length && joinPages(page, m.pages[pi + 1]) ? [{ mi, pi }] : [])),
    );
    if (candidates.length === 0) return null;
    const chosen = random.subset(candidates, 0.5);
    const notes: string[] = [];
    const ministries = model.ministries.map((m, mi): MinistrySection => {
      const pages: Page[] = [];
      for (let pi = 0; pi < m.pages.length; pi++) {
        const page = m.pages[pi];
        const joined = chosen.some((c) => c.mi === mi && c.pi === pi) && pages.length === pi ? joinPages(page, m.pages[pi + 1]) : null;
        if (joined) {
          pages.push(joined);
          notes.push(`${m.id} pages ${pi + 1}–${pi + 2}`);
          pi++;
        } else {
          pages.push(page);
        }
      }
      return { ...m, pages };
    });
    return { model: { ...model, ministries }, note: `mergePages: ${notes.join('; ')}` };
  },
};
