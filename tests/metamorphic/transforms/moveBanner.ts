/**
 * moveBanner — a ministry banner printed after the content of its first page.
 *
 * What: the banner 【府省等名：…】 that opens a ministry's first page moves down that page: right
 * before the report banner (as カジノ管理委員会 and 個人情報保護委員会 print it), or to the end of
 * the page (as 会計検査院). The page then opens with the table header.
 * Meaning: the banner still stands on the ministry's first page, between its table header and the
 * next ministry's; SPEC names this layout as one the report already uses.
 * Drift: the PDF's text layer places the banner's text box after the table's.
 */
import type { Random } from '../random';
import type { MinistrySection, Piece, ReportModel } from '../reportModel';
import { separate } from './pageOps';
import type { Applied, Transform } from './types';

export const moveBanner: Transform = {
  kind: 'moveBanner',
  apply(model: ReportModel, random: Random): Applied | null {
    const candidates = model.ministries.filter((m) => m.pages[0].pieces[0].kind === 'ministry' && m.pages[0].pieces[1]?.kind === 'tableHeader');
    if (candidates.length === 0) return null;
    const chosen = new Set(random.subset(candidates, 0.35).map((m) => m.id));
    const notes: string[] = [];
    const ministries = model.ministries.map((m): MinistrySection => {
      if (!chosen.has(m.id)) return m;
      const [first, ...rest] = m.pages;
      const [banner, ...pieces] = first.pieces;
      const reportBanner = pieces.findIndex((p) => p.kind === 'reportBanner');
      const toEnd = reportBanner < 0 || random.chance(0.4);
      const at = toEnd ? pieces.length : reportBanner;
      const moved: Piece = { ...banner, gap: toEnd ? pieces[pieces.length - 1].gap : [''] };
      const placed = [...pieces.slice(0, at), moved, ...pieces.slice(at)];
      if (toEnd) placed[at - 1] = { ...placed[at - 1], gap: [''] };
      notes.push(`${m.id} ${toEnd ? 'to the end of its first page' : 'before the report banner'}`);
      return { ...m, pages: [{ ...first, pieces: separate(placed) }, ...rest] };
    });
    return { model: { ...model, ministries }, note: `moveBanner: ${notes.join('; ')}` };
  },
};
