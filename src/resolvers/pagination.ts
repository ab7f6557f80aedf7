/**
 * Relay connections over offset pages. A cursor is the opaque base64 of `offset:<n>` (the
 * position of the edge in the filtered, ordered list).
 */
import type { Page, PageWindow } from '../../loaders/readers';
import { badUserInput } from '../server/errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface Connection<T> {
  readonly totalCount: number;
  readonly edges: { cursor: string; node: T }[];
  readonly pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The window `first`/`after` ask for; BAD_USER_INPUT when `first` is above 100 or `after` is not a cursor. */
export function pageWindow(first: number | null | undefined, after: string | null | undefined): PageWindow {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (limit > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be at most ${MAX_PAGE_SIZE}; got ${limit}. Page with after: pageInfo.endCursor`, 'first');
  }
  return { offset: after == null ? 0 : decodeCursor(after) + 1, limit };
}

/** The connection of one page. */
export function toConnection<T>(page: Page<T>, window: PageWindow): Connection<T> {
  const edges = page.nodes.map((node, i) => ({ cursor: encodeCursor(window.offset + i), node }));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: {
      hasNextPage: window.offset + page.nodes.length < page.totalCount,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    },
  };
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64');
}

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/u.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match || !Number.isSafeInteger(Number(match[1]))) {
    throw badUserInput(`after must be a cursor returned as edges.cursor or pageInfo.endCursor; got ${JSON.stringify(cursor)}`, 'after');
  }
  return Number(match[1]);
}
