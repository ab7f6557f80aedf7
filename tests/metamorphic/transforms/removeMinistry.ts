/**
 * removeMinistry — one ministry's section left out.
 *
 * What: all pages of one ministry are removed (the page number ending its last page with them).
 * Meaning: the others' tables are untouched and their ids do not depend on position; the removed
 * ministry is expected to be absent, every other one unchanged.
 * Drift: a ministry merged away or missing from next year's report.
 */
import type { Random } from '../random';
import type { ReportModel } from '../reportModel';
import type { Applied, Transform } from './types';

/** Removes the ministry at `index` (in print order), or a random one when no index is given. */
export function removeMinistryAt(index?: number): Transform {
  return {
    kind: 'removeMinistry',
    apply(model: ReportModel, random: Random): Applied | null {
      if (model.ministries.length < 2) return null;
      const at = index ?? random.int(0, model.ministries.length - 1);
      const gone = model.ministries[at];
      if (!gone) return null;
      return {
        model: { ...model, ministries: model.ministries.filter((_, i) => i !== at) },
        note: `removeMinistry: ${gone.id}`,
        expect: { removed: [gone.id] },
      };
    },
  };
}

export const removeMinistry: Transform = removeMinistryAt();
