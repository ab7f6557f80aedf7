/**
 * addPageNumbers — page numbers printed at the foot of pages.
 *
 * What: after the last block of some pages, a blank line and the page's number alone on a line; the
 * next page then starts right after the number, with or without the leading space.
 * Meaning: a page number is page furniture: it marks where a page ends and carries nothing of the
 * table. The report already prints three such numbers (14, 40, 44).
 * Drift: a PDF with a numbered footer on every page, or a converter that keeps footers.
 */
import type { Random } from '../random';
import { mapPages, type ReportModel } from '../reportModel';
import { withFooter } from './pageOps';
import type { Applied, Transform } from './types';

export const addPageNumbers: Transform = {
  kind: 'addPageNumbers',
  apply(model: ReportModel, random: Random): Applied | null {
    const p = random.pick([0.3, 0.7, 1]);
    let n = 0;
    let numbered = 0;
    let lastWasNumbered = false;
    const out = mapPages(model, (page) => {
      n++;
      const marker = lastWasNumbered && random.chance(0.5) ? 'number' : page.marker;
      const hasFooter = page.pieces[page.pieces.length - 1].kind === 'pageNumber';
      lastWasNumbered = hasFooter || random.chance(p);
      if (!hasFooter && lastWasNumbered) numbered++;
      return !hasFooter && lastWasNumbered ? withFooter({ ...page, marker }, n) : { ...page, marker };
    });
    return numbered > 0 ? { model: out, note: `addPageNumbers: ${numbered} footers (p=${p})` } : null;
  },
};
