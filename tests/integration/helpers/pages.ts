/**
 * Walking a Relay connection page by page through the API, for tests that join the pages and
 * compare them with the whole list.
 */

export interface Page<T> {
  readonly totalCount: number;
  readonly edges: readonly { readonly cursor: string; readonly node: T }[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

/**
 * Every node of a connection: `page(after)` fetches the page after a cursor (null: the first),
 * followed by `endCursor` until `hasNextPage` is false. Throws when a page's `totalCount` differs
 * from the first's, when a page with a next page is empty, or after `maxPages` pages (a cursor that
 * does not advance would loop for ever).
 */
export async function allPages<T>(page: (after: string | null) => Promise<Page<T>>, maxPages = 200): Promise<{ nodes: T[]; totalCount: number; pages: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  let totalCount: number | undefined;
  for (let pages = 1; pages <= maxPages; pages++) {
    const current: Page<T> = await page(after);
    totalCount ??= current.totalCount;
    if (current.totalCount !== totalCount) throw new Error(`page ${pages} says totalCount ${current.totalCount}; the first said ${totalCount}`);
    nodes.push(...current.edges.map((e) => e.node));
    if (!current.pageInfo.hasNextPage) return { nodes, totalCount, pages };
    if (current.edges.length === 0 || current.pageInfo.endCursor === null) throw new Error(`page ${pages} is empty but says there is a next page`);
    after = current.pageInfo.endCursor;
  }
  throw new Error(`more than ${maxPages} pages: the cursor does not advance`);
}

/** The JSON a cursor holds (base64 of `{r: rank, i: id, v: version}`). */
export function decodeCursor(cursor: string): { r: number; i: string; v: string } {
  return JSON.parse(Buffer.from(cursor, 'base64').toString('utf8')) as { r: number; i: string; v: string };
}
