/**
 * bannerYear — the report banner names another fiscal year (令和７年度).
 *
 * What: in every report banner on the pages, （令和６年度） becomes （令和N年度） for a drawn N (7, 8
 * or 10), its digits in full or half width.
 * Meaning: the tables are the same; only the report's year changes, and the records must say so
 * (`report.fiscalYear`) while every id stays the same (ids carry no year).
 * Drift: next year's report.
 */
import type { Random } from '../random';
import { mapPieces, type ReportModel } from '../reportModel';
import type { Applied, Transform } from './types';

const YEAR_RE = /令和[0-9０-９]+年度/u;

export const bannerYear: Transform = {
  kind: 'bannerYear',
  apply(model: ReportModel, random: Random): Applied | null {
    const year = random.pick([7, 8, 10]);
    const printed = random.chance(0.5) ? String(year) : String(year).replace(/[0-9]/gu, (d) => String.fromCodePoint(d.codePointAt(0)! + 0xfee0));
    let changed = 0;
    const out = mapPieces(model, (piece) => {
      if (piece.kind !== 'reportBanner') return piece;
      changed++;
      return { ...piece, lines: piece.lines.map((l) => l.replace(YEAR_RE, `令和${printed}年度`)) };
    });
    return changed > 0 ? { model: out, note: `bannerYear: 令和${printed}年度 in ${changed} banners`, expect: { fiscalYear: `令和${year}年度` } } : null;
  },
};
