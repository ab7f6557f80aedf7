/**
 * removePageNumbers — the page numbers the report prints are dropped.
 *
 * What: the lines holding only a page number go (all, or each with even odds) (with its blank lines); the page after it now
 * marks its start with a leading space, as every other page of the report does.
 * Meaning: page numbers carry nothing of the table; the page start stays marked.
 * Drift: a converter that drops footers, or a PDF without page numbers.
 */
import type { Random } from '../random';
import { mapPages, type ReportModel } from '../reportModel';
import type { Applied, Transform } from './types';

export const removePageNumbers: Transform = {
  kind: 'removePageNumbers',
  apply(model: ReportModel, random: Random): Applied | null {
    const keep = random.pick([0, 0.5]);
    let removed = 0;
    const out = mapPages(model, (page) => {
      const pieces = page.pieces.filter((p) => p.kind !== 'pageNumber' || random.chance(keep));
      if (pieces.length === page.pieces.length) return page;
      removed += page.pieces.length - pieces.length;
      return { ...page, pieces };
    });
    return removed > 0 ? { model: out, note: `removePageNumbers: ${removed} removed` } : null;
  },
};
