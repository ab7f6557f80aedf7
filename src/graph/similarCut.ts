/**
 * Which relationships a drawing shows: every structural one, and of SIMILAR_TO each measure's
 * `perNode` strongest among the nodes — an edge stays when it is among the strongest of either of
 * its ends. A measure is similar to ~27 others; drawn all at once they are most of a large answer
 * and a tangle (see DEFAULT_SIMILAR_PER_NODE). Done here rather than in Cypher: the query then sends
 * edges with integer ends, and ranking a thousand rows is cheaper in the server than in Neo4j's
 * row-at-a-time runtime.
 */
import { byCodeUnits, SIMILAR_TO } from './model';

export interface DrawnEdge {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly weight: number;
}

/**
 * `edges` with SIMILAR_TO cut to `perNode` per end (null: all of them), ordered by type, source,
 * target; `similarAmong` counts the SIMILAR_TO given, kept or not. At each end its SIMILAR_TO are
 * ranked by weight (the score), then the other end's id, then the source's (a pair may be linked
 * both ways), so the cut is the same whatever order the edges come in.
 */
export function cutSimilar<E extends DrawnEdge>(edges: readonly E[], perNode: number | null): { edges: E[]; similarAmong: number } {
  const similar = edges.filter((e) => e.type === SIMILAR_TO);
  let kept: E[];
  if (perNode === null) kept = [...edges];
  else {
    const atEnd = new Map<string, E[]>();
    for (const e of similar) {
      for (const end of e.source === e.target ? [e.source] : [e.source, e.target]) {
        const list = atEnd.get(end);
        if (list) list.push(e);
        else atEnd.set(end, [e]);
      }
    }
    const chosen = new Set<E>();
    for (const [end, list] of atEnd) {
      const other = (e: E) => (e.source === end ? e.target : e.source);
      list.sort((x, y) => y.weight - x.weight || byCodeUnits(other(x), other(y)) || byCodeUnits(x.source, y.source));
      for (const e of list.slice(0, perNode)) chosen.add(e);
    }
    kept = edges.filter((e) => e.type !== SIMILAR_TO || chosen.has(e));
  }
  kept.sort((x, y) => byCodeUnits(x.type, y.type) || byCodeUnits(x.source, y.source) || byCodeUnits(x.target, y.target));
  return { edges: kept, similarAmong: similar.length };
}
