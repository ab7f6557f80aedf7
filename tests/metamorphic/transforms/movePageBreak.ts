/**
 * movePageBreak — a page break moved by one row.
 *
 * What: the last row of a page (with the title cells of its item) moves to the top of the next page
 * of the same ministry, or the first row of a page moves up to the end of the page before.
 * Meaning: every cell keeps its text and its row; titles move with their rows. Made of a cut and a
 * join, each refused where the text would become ambiguous (see pageOps).
 * Drift: the same table paginated a little differently next year.
 */
import type { Random } from '../random';
import type { MinistrySection, Page, ReportModel } from '../reportModel';
import { cutPage, joinPages, rowCuts } from './pageOps';
import type { Applied, Transform } from './types';

type Move = { mi: number; pi: number; pages: [Page, Page]; note: string };

export const movePageBreak: Transform = {
  kind: 'movePageBreak',
  apply(model: ReportModel, random: Random): Applied | null {
    const moves = model.ministries.flatMap((m, mi) => m.pages.flatMap((page, pi) => (pi + 1 < m.pages.length ? movesOf(m, mi, pi) : [])));
    if (moves.length === 0) return null;
    // One move per ministry at most: a second would start from pages the first already changed.
    const chosen = random.subset(random.shuffle(moves), 0.4).filter((mv, i, all) => all.findIndex((o) => o.mi === mv.mi) === i);
    const ministries = model.ministries.map((m, mi): MinistrySection => {
      const mv = chosen.find((c) => c.mi === mi);
      return mv ? { ...m, pages: [...m.pages.slice(0, mv.pi), ...mv.pages, ...m.pages.slice(mv.pi + 2)] } : m;
    });
    return { model: { ...model, ministries }, note: `movePageBreak: ${chosen.map((c) => c.note).join('; ')}` };
  },
};

function movesOf(m: MinistrySection, mi: number, pi: number): Move[] {
  const [p, q] = [m.pages[pi], m.pages[pi + 1]];
  const out: Move[] = [];
  const down = rowCuts(p).at(-1);
  const downHalves = down === undefined ? null : cutPage(p, down);
  const downJoined = downHalves && joinPages(downHalves[1], q);
  if (downHalves && downJoined) {
    out.push({ mi, pi, pages: [downHalves[0], { ...downJoined, marker: q.marker }], note: `${m.id} row at line ${p.pieces[down!].origin} down to page ${pi + 2}` });
  }
  const up = rowCuts(q)[0];
  const upHalves = up === undefined ? null : cutPage(q, up);
  const upJoined = upHalves && joinPages(p, upHalves[0]);
  if (upHalves && upJoined) {
    out.push({ mi, pi, pages: [upJoined, upHalves[1]], note: `${m.id} first row of page ${pi + 2} up to page ${pi + 1}` });
  }
  return out;
}
