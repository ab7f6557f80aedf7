import { cutSimilar, type DrawnEdge } from '../../../src/graph/similarCut';

const similar = (source: string, target: string, weight: number): DrawnEdge => ({ source, target, type: 'SIMILAR_TO', weight });
const structural = (source: string, target: string, type = 'UNDER_CLAUSE'): DrawnEdge => ({ source, target, type, weight: 1 });

describe('cutSimilar', () => {
  // a is similar to b, c, d (0.9, 0.5, 0.1); e to d (0.2). Each end ranks its own.
  const edges = [similar('a', 'c', 0.5), structural('a', 'x'), similar('a', 'b', 0.9), similar('d', 'a', 0.1), similar('e', 'd', 0.2), structural('b', 'x')];

  test('keeps an edge among the N strongest of either end, every structural edge, ordered by type, source, target', () => {
    const { edges: kept, similarAmong } = cutSimilar(edges, 1);
    expect(similarAmong).toBe(4);
    // a: a-b (0.9); b: a-b; c: a-c (its only one); d: e-d (0.2 > 0.1); e: e-d. d-a is nobody's strongest.
    expect(kept).toEqual([similar('a', 'b', 0.9), similar('a', 'c', 0.5), similar('e', 'd', 0.2), structural('a', 'x'), structural('b', 'x')]);
  });

  test('null keeps every edge; 0 keeps no SIMILAR_TO; the order of the input does not matter', () => {
    expect(cutSimilar(edges, null).edges).toHaveLength(edges.length);
    expect(cutSimilar(edges, 0).edges).toEqual([structural('a', 'x'), structural('b', 'x')]);
    expect(cutSimilar([...edges].reverse(), 1)).toEqual(cutSimilar(edges, 1));
  });

  test('ties: the other end’s id first, then the source’s (a pair linked both ways)', () => {
    // k, y and z each have a stronger edge to w, so only m's own choice can keep one of its three.
    const tied = [similar('m', 'z', 0.5), similar('m', 'k', 0.5), similar('y', 'm', 0.5), similar('k', 'w', 0.9), similar('y', 'w', 0.9), similar('z', 'w', 0.9)];
    expect(cutSimilar(tied, 1).edges.map((e) => `${e.source}-${e.target}`)).toEqual(['k-w', 'm-k', 'y-w', 'z-w']);
    const both = [similar('p', 'q', 0.7), similar('q', 'p', 0.7), similar('p', 'r', 0.3)];
    // At p: q (p→q, then q→p by source), r. At q: p→q first. Only p→q is someone's strongest… and r's only edge.
    expect(cutSimilar(both, 1).edges.map((e) => `${e.source}-${e.target}`)).toEqual(['p-q', 'p-r']);
  });
});
