/**
 * How well links found by lineage agree with a generator's truth: precision (links found that the
 * truth has) and recall (links of the truth that were found), with the links that disagree.
 */

export interface LinkScore {
  readonly precision: number;
  readonly recall: number;
  /** Links found, links in the truth, links in both. */
  readonly found: number;
  readonly expected: number;
  readonly correct: number;
  /** Found but not in the truth (`from → to`), and in the truth but not found. */
  readonly wrong: readonly string[];
  readonly missed: readonly string[];
}

/** Scores `links` (later id → earlier id) against `truth` (each later id and what it continues, or null). */
export function scoreLinks(
  links: readonly { readonly fromId: string; readonly toId: string }[],
  truth: readonly { readonly id: string; readonly continues: string | null }[],
): LinkScore {
  const expected = new Map(truth.filter((t) => t.continues !== null).map((t) => [t.id, t.continues as string]));
  const found = new Map(links.map((l) => [l.fromId, l.toId]));
  const wrong = links.filter((l) => expected.get(l.fromId) !== l.toId).map((l) => `${l.fromId} → ${l.toId}`);
  const missed = [...expected].filter(([from, to]) => found.get(from) !== to).map(([from, to]) => `${from} → ${to}`);
  const correct = links.length - wrong.length;
  return {
    precision: links.length === 0 ? 1 : correct / links.length,
    recall: expected.size === 0 ? 1 : correct / expected.size,
    found: links.length,
    expected: expected.size,
    correct,
    wrong,
    missed,
  };
}
