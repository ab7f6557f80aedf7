/**
 * widthVariants — characters typed in their other width (NFKC variants).
 *
 * What: digits, Latin letters and ASCII punctuation switch between half width (1, A, (, :) and full
 * width (１, Ａ, （, ：); katakana and 、。「」・ between full and half width (ｶﾀｶﾅ, ､｡｢｣･); a full-width
 * space inside a line becomes an ASCII one. Per report a direction (to half, to full, or both) and a
 * rate are drawn; each character is switched on its own, everywhere — cells, banners, headers.
 * Meaning: NFKC maps each variant to the same character, and SPEC reads digits "in any width"; titles
 * and texts are compared after NFKC. Not switched: ①, ⑴, Ⅱ and the like (NFKC makes ① a bare 1 and
 * the clause grammar tells ① from 1), and a full-width space that indents a line (as an ASCII
 * space at a line's start it would mark a new page).
 * Drift: ministries type digits and brackets in either width, and a converter may fold widths.
 * Harsher than the drift: characters are switched one by one (ＳharｅPoint), and lines are not
 * re-wrapped, so a line may come out wider or narrower than its column — a real PDF would wrap it
 * at the column's edge. The extraction measures columns by `columnWidth`, which counts a character
 * as its folded form, so this does not mislead it; where a measure's text breaks into paragraphs
 * (by the printed width of its lines) may move, which the canonical view, without white space,
 * leaves out.
 */
import type { Random } from '../random';
import { mapPieces, type ReportModel } from '../reportModel';
import type { Applied, Transform } from './types';

type Direction = 'toHalf' | 'toFull' | 'both';

/** Full-width katakana (and marks) → half-width forms, from NFKC of the half-width block. */
const HALF_KANA = new Map<string, string>();
for (let cp = 0xff61; cp <= 0xff9d; cp++) {
  const half = String.fromCodePoint(cp);
  HALF_KANA.set(half.normalize('NFKC'), half);
}
const VOICED: Record<string, string> = { '\u3099': 'ﾞ', '\u309a': 'ﾟ' };

export const widthVariants: Transform = {
  kind: 'widthVariants',
  apply(model: ReportModel, random: Random): Applied | null {
    const direction = random.pick<Direction>(['toHalf', 'toFull', 'both']);
    const rate = random.pick([0.3, 0.7, 1]);
    const kana = random.chance(0.5);
    let changed = 0;
    const switchChar = (ch: string): string => {
      if (!random.chance(rate)) return ch;
      const out = otherWidth(ch, direction, kana);
      if (out !== ch) changed++;
      return out;
    };
    const out = mapPieces(model, (piece) => ({
      ...piece,
      lines: piece.lines.map((line) => {
        const indent = /^[\s\u3000]*/u.exec(line)![0];
        return indent + [...line.slice(indent.length)].map(switchChar).join('');
      }),
    }));
    return changed > 0 ? { model: out, note: `widthVariants: ${direction}, rate ${rate}${kana ? ', katakana too' : ''}: ${changed} characters` } : null;
  },
};

function otherWidth(ch: string, direction: Direction, kana: boolean): string {
  const cp = ch.codePointAt(0)!;
  const toHalf = direction !== 'toFull';
  const toFull = direction !== 'toHalf';
  if (cp >= 0x21 && cp <= 0x7e) return toFull ? String.fromCodePoint(cp + 0xfee0) : ch;
  if (cp >= 0xff01 && cp <= 0xff5e) return toHalf ? String.fromCodePoint(cp - 0xfee0) : ch;
  if (cp === 0x3000) return toHalf ? ' ' : ch;
  if (!kana) return ch;
  if (cp >= 0xff61 && cp <= 0xff9f) return toFull ? ch.normalize('NFKC') : ch;
  if (!toHalf) return ch;
  const [base, mark] = [...ch.normalize('NFD')];
  const half = HALF_KANA.get(base);
  if (half === undefined || (mark !== undefined && VOICED[mark] === undefined)) return ch;
  return half + (mark === undefined ? '' : VOICED[mark]);
}
