/**
 * spacing — white space a converter adds: blank lines, trailing spaces, spaces around Latin words,
 * CRLF line ends.
 *
 * What: some runs of blank lines between blocks grow by one or two lines (empty, or holding only
 * spaces); some lines get trailing spaces or full-width spaces; some Latin words or numbers
 * get a space where they meet Japanese script inside a line ("GSS へ", "令和 5 年度"); in one report of
 * four, every line ends with CR LF.
 * Meaning: blocks stay apart and no block is cut (a blank line is only added where one already
 * stands); a line never gains a leading space (that marks a page start); titles and texts are
 * compared without white space.
 * Drift: pdftotext's spacing depends on the glyph gaps of the PDF ("WLB 指針", "DX 推進" in the
 * report already).
 */
import type { Random } from '../random';
import { mapPieces, type ReportModel } from '../reportModel';
import type { Applied, Transform } from './types';

const BLANKS = ['', '', '', ' ', '  ', '\u3000'];
const TRAILING = [' ', '  ', '\u3000', ' \u3000'];
/** Where a Latin word or a number meets Japanese script inside a line ("GSSへ", "令和5年"). */
const WORD_EDGE = /(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/gu;

export const spacing: Transform = {
  kind: 'spacing',
  apply(model: ReportModel, random: Random): Applied | null {
    const [pBlank, pTrail, pWord] = [random.pick([0, 0.3, 0.8]), random.pick([0, 0.2, 0.6]), random.pick([0.1, 0.5, 1])];
    const crlf = random.chance(0.25);
    const end = (line: string): string => (crlf ? `${line}\r` : line);
    let changes = 0;
    const out = mapPieces(model, (piece) => {
      const gap = piece.gap.length > 0 && random.chance(pBlank) ? [...piece.gap, ...Array.from({ length: random.int(1, 2) }, () => random.pick(BLANKS))] : piece.gap;
      const lines = piece.lines.map((line) => {
        let l = line.replace(WORD_EDGE, () => {
          if (!random.chance(pWord)) return '';
          changes++;
          return ' ';
        });
        if (l.trim() !== '' && random.chance(pTrail)) {
          l += random.pick(TRAILING);
          changes++;
        }
        return l;
      });
      if (gap !== piece.gap) changes++;
      return { ...piece, lines: lines.map(end), gap: gap.map(end) };
    });
    return changes > 0 || crlf ? { model: out, note: `spacing: blank lines p=${pBlank}, trailing p=${pTrail}, word spaces p=${pWord}${crlf ? ', CRLF line ends' : ''}: ${changes} changes` } : null;
  },
};
