/**
 * The windows of the connections: `first`/`after` checked, and a cursor from an earlier version of
 * the year's report (it was loaded again since) accepted only if the node it points at is still
 * there with the same rank (see pagination.ts).
 */
import type { Loaders } from '../../loaders';
import { uidOf } from '../model/ids';
import { contentKeyOf, pageWindow, type PageWindow, type RankCursor } from './pagination';

type RankedLoader = { load(uid: string): Promise<({ rank?: number } & object) | null> };

function windowOf(pick: (loaders: Loaders) => RankedLoader) {
  return (ctx: { loaders: Loaders }, first: number | null | undefined, after: string | null | undefined, version: string): Promise<PageWindow> =>
    pageWindow(first, after, version, async (cursor: RankCursor) => {
      const node = await pick(ctx.loaders).load(uidOf(version, cursor.id));
      return node !== null && node.rank === cursor.rank && contentKeyOf(node) === cursor.key;
    });
}

export const measureWindow = windowOf((l) => l.measure);
export const ministryWindow = windowOf((l) => l.ministry);
export const priorityItemWindow = windowOf((l) => l.priorityItem);
export const clauseWindow = windowOf((l) => l.clause);

export { toConnection } from './pagination';
