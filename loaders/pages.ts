/**
 * Keyset pages as the readers and page loaders return them. A node's place in its list is its
 * `rank` (its report order, written at ingest); the resolvers turn pages into Relay connections
 * (src/resolvers/pagination.ts).
 */

/** The rows a page asks for: those after `afterRank`, `limit` of them (the reader returns one more). */
export interface PageWindow {
  readonly afterRank: number;
  readonly limit: number;
}

/** A page: `nodes` holds up to `limit + 1` rows (one more: a next page exists); `totalCount` every match. */
export interface RankedPage<T> {
  readonly totalCount: number;
  readonly nodes: readonly T[];
}
