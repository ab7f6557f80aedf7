/**
 * headerPageNumbers — page numbers printed at the head of pages.
 *
 * What: some pages open with their number alone on the first line (" 12", the page-start space on
 * it), a blank line, then the page's content.
 * Meaning: a page number is furniture; the page starts where it did.
 * Drift: a PDF with the page number in the header instead of the footer.
 */
import type { Random } from '../random';
import { mapPages, type Piece, type ReportModel } from '../reportModel';
import type { Applied, Transform } from './types';

export const headerPageNumbers: Transform = {
  kind: 'headerPageNumbers',
  apply(model: ReportModel, random: Random): Applied | null {
    const p = random.pick([0.3, 0.7, 1]);
    let n = 0;
    let added = 0;
    const out = mapPages(model, (page) => {
      n++;
      if (n === 1 || !random.chance(p)) return page;
      added++;
      const number: Piece = { kind: 'pageNumber', lines: [String(n)], gap: [''], item: null, origin: 0 };
      return { marker: 'space', pieces: [number, ...page.pieces] };
    });
    return added > 0 ? { model: out, note: `headerPageNumbers: ${added} pages (p=${p})` } : null;
  },
};
