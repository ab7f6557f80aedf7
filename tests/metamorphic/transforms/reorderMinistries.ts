/**
 * reorderMinistries — the ministries' sections printed in another order.
 *
 * What: the sections (all pages of one ministry, from its first page to the next ministry's) are
 * shuffled; the note on how to read the tables stays first. A section that followed a page number
 * now starts with the leading space.
 * Meaning: each ministry's table is self-contained and its id comes from its name, not its place;
 * only `order` changes, which the canonical view leaves out.
 * Drift: a report that lists the ministries in another order (a reorganisation, a new agency).
 */
import type { Random } from '../random';
import type { ReportModel } from '../reportModel';
import type { Applied, Transform } from './types';

export const reorderMinistries: Transform = {
  kind: 'reorderMinistries',
  apply(model: ReportModel, random: Random): Applied | null {
    if (model.ministries.length < 2) return null;
    const ministries = random.derange(model.ministries);
    return { model: { ...model, ministries }, note: `reorderMinistries: ${ministries.map((m) => m.id).join(', ')}` };
  },
};
