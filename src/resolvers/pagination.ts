/**
 * Relay connections over keyset pages. A node's place in its list is its `rank` (the report order,
 * written at ingest), so a page is "the first `first` after this rank" — Neo4j reads only what the
 * page needs, and a cursor keeps its meaning when other pages change. A cursor is opaque: base64 of
 * `{"r": rank, "i": id, "v": version, "k": content key}`. A cursor from an earlier version of the
 * year's report (the year was re-ingested since) still works if the node it points at is there with
 * the same id, rank and content (ids and ranks are places in the report: a measure removed before
 * it in the same item moves the next one into its place, so the content decides); if not, the list
 * moved under it and the request fails with CURSOR_EXPIRED rather than skip or repeat.
 */
import { createHash } from 'node:crypto';
import type { PageWindow, RankedPage } from '../../loaders/pages';
import { badUserInput, cursorExpired } from '../server/errors';

export type { PageWindow, RankedPage };

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface Connection<T> {
  readonly totalCount: number;
  readonly edges: { cursor: string; node: T }[];
  readonly pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A cursor, decoded. */
export interface RankCursor {
  readonly rank: number;
  readonly id: string;
  readonly version: string;
  /** Content key of the node (contentKeyOf), '' when none was taken. */
  readonly key: string;
}

/** What a ranked node carries. */
interface Ranked {
  readonly id: string;
  readonly rank: number;
  readonly version: string;
}

/**
 * What tells a node from another in the same place: its text, title, name or path (8 hex of SHA-1);
 * a ministry's row in a list of ministries at a clause, its ministry's name.
 */
export function contentKeyOf(node: object): string {
  const n = node as { text?: unknown; title?: unknown; nameJa?: unknown; path?: unknown; ministry?: { nameJa?: unknown } };
  const content = String(n.text ?? n.title ?? n.nameJa ?? n.path ?? n.ministry?.nameJa ?? '');
  return createHash('sha1').update(content).digest('hex').slice(0, 8);
}

/** `first` checked (1 … 100; 0 gives an empty page with the count). BAD_USER_INPUT otherwise. */
export function pageLimit(first: number | null | undefined, max = MAX_PAGE_SIZE): number {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > max) {
    throw badUserInput(`first must be a whole number from 0 to ${max}; got ${limit}. Page with after: pageInfo.endCursor`, 'first');
  }
  return limit;
}

/**
 * The window of `first`/`after` in a list served from `version`. `stillThere` tells whether the
 * node a cursor from another version points at is in this version with the same rank.
 */
export async function pageWindow(
  first: number | null | undefined,
  after: string | null | undefined,
  version: string,
  stillThere: (cursor: RankCursor) => Promise<boolean>,
): Promise<PageWindow> {
  const limit = pageLimit(first);
  if (after == null) return { afterRank: -1, limit };
  const cursor = decodeCursor(after);
  if (cursor.version !== version && !(await stillThere(cursor))) {
    throw cursorExpired(`the list changed since this cursor was issued (its report was loaded again and ${cursor.id} moved or went); ask again without after`);
  }
  return { afterRank: cursor.rank, limit };
}

/** The connection of one page (its `nodes` may hold one row more than `window.limit`). */
export function toConnection<T extends Ranked>(page: RankedPage<T>, window: PageWindow): Connection<T> {
  const nodes = page.nodes.slice(0, window.limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor({ rank: node.rank, id: node.id, version: node.version, key: contentKeyOf(node) }), node }));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: { hasNextPage: page.nodes.length > window.limit, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null },
  };
}

export function encodeCursor(cursor: RankCursor): string {
  return Buffer.from(JSON.stringify({ r: cursor.rank, i: cursor.id, v: cursor.version, k: cursor.key }), 'utf8').toString('base64');
}

export function decodeCursor(cursor: string): RankCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'));
  } catch {
    parsed = null;
  }
  const c = parsed as { r?: unknown; i?: unknown; v?: unknown; k?: unknown } | null;
  if (!c || typeof c !== 'object' || !Number.isSafeInteger(c.r) || typeof c.i !== 'string' || typeof c.v !== 'string' || (c.k !== undefined && typeof c.k !== 'string')) {
    throw badUserInput(`after must be a cursor returned as edges.cursor or pageInfo.endCursor of the same list; got ${JSON.stringify(cursor)}`, 'after');
  }
  return { rank: c.r as number, id: c.i, version: c.v, key: (c.k as string | undefined) ?? '' };
}
