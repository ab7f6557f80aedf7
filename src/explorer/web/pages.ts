/**
 * Relay connections as the API pages them (`first` at most 100): every node of one, asking for the
 * next page while `hasNextPage` says there is one.
 */

export interface Connection<T> {
  readonly totalCount?: number;
  readonly edges: readonly { readonly node: T }[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

/** The API's largest page. */
export const PAGE_SIZE = 100;

/** The nodes of `first` and of the pages after it, read with `next(after)`, in order. */
export async function allNodes<T>(first: Connection<T>, next: (after: string) => Promise<Connection<T>>): Promise<T[]> {
  const nodes = first.edges.map((e) => e.node);
  let page = first;
  while (page.pageInfo.hasNextPage && page.pageInfo.endCursor !== null) {
    page = await next(page.pageInfo.endCursor);
    nodes.push(...page.edges.map((e) => e.node));
  }
  return nodes;
}
