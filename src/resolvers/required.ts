/**
 * For non-null relations the graph guarantees (every measure has an item, every item a ministry):
 * a missing one is a broken graph, reported as an internal error naming what was missing.
 */
export function required<T>(value: T | null | undefined, what: string, ofId: string): T {
  if (value === null || value === undefined) throw new Error(`graph inconsistency: no ${what} ${ofId}`);
  return value;
}
