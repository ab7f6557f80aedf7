/**
 * The consensus step of building the guideline tree: which (number path, title) pairs the report's
 * quotes establish as clauses. Internal to the clauses module; guidelineTree.ts documents the rule.
 */
import { childPath } from './clausePath';
import { resolveSegment } from './resolveSegment';
import { matchKeys, titleKey } from './titleMatch';
import { addClause, emptyIndex, type IndexedClause, type TreeIndex } from './treeIndex';
import { admitted, countConflicts, type PlacedVote, type Trust } from './trust';
import { CLAUSE_LEVELS, depthOf, type ClauseLevel, type SegmentNode } from './types';

/** A printed segment with where it was printed. */
export interface QuotedSegment {
  node: SegmentNode;
  parent: SegmentNode | null;
  ministryId: string;
  cell: number;
}

/** A clause candidate: where it sits and which ministries quoted it there. */
export interface EstablishedClause {
  clause: IndexedClause;
  ministries: Set<string>;
}

/** What a sweep produced. */
export interface Sweep {
  index: TreeIndex;
  clauses: EstablishedClause[];
  /** For each ministry, its quotes contradicting a consensus clause (sweep without trust only). */
  conflicts: Map<string, number>;
}

/** One quote's say: the clause numbered `number` under `parentPath` is titled `key`. */
export interface Vote {
  slot: string;
  parentPath: string | null;
  number: number;
  key: string;
  display: string;
  ministryId: string;
  /** Position of the quote in the report: ties go to what was printed first. */
  order: number;
}

interface Tally {
  ministries: Set<string>;
  count: number;
  first: number;
}

/**
 * Establishes clauses level by level, parts first. At each level every quote whose parent resolved
 * votes for (slot = parent path + its number, title cluster). A title cluster's home is the slot
 * most ministries put it at; a slot's clause is the cluster, among those at home there, that most
 * ministries quote. Quoted by two ministries or more, it is established. Quoted by one, it is
 * established only in the first sweep (no trust known yet) or, in the second, when that ministry
 * does not cite its own plan and no stronger clause of the first sweep carries the same title.
 */
export function establishClauses(quotes: readonly QuotedSegment[], trust: Trust | null): Sweep {
  const index = emptyIndex();
  const clauses: EstablishedClause[] = [];
  const resolved = new Map<SegmentNode, IndexedClause | null>();
  const parentOf = new Map<SegmentNode, SegmentNode | null>(quotes.map((q) => [q.node, q.parent]));
  const placed: PlacedVote[] = [];

  CLAUSE_LEVELS.forEach((level) => {
    const atLevel = quotes.flatMap((q, order) => (q.node.level === level ? [{ q, order }] : []));
    const votes = atLevel.flatMap(({ q, order }) => voteOf(q, order, level, resolved, index));
    const clusters = clusterKeys(votes);
    const homes = new Map<string[], string>();
    for (const keys of clusters) {
      const mine = votes.filter((v) => keys.includes(v.key));
      homes.set(keys, bestOf(tallyBy(mine, (v) => v.slot), trust));
      for (const v of mine) placed.push({ vote: v, home: homes.get(keys)! });
    }
    for (const slot of [...new Set(votes.map((v) => v.slot))]) {
      const contenders = clusters.filter((keys) => homes.get(keys) === slot);
      const tallies = new Map(contenders.map((keys) => [keys, tally(votes.filter((v) => v.slot === slot && keys.includes(v.key)))] as const));
      const winner = bestOf(tallies, trust);
      if (winner === undefined) continue;
      const supporters = tallies.get(winner)!.ministries;
      const mine = votes.filter((v) => v.slot === slot && winner.includes(v.key));
      const clause = toClause(level, mine, winner);
      if (!admitted(clause, supporters, trust)) continue;
      addClause(index, clause);
      clauses.push({ clause, ministries: supporters });
    }
    // Resolve this level's segments now: the next level votes under what they resolved to.
    for (const { q } of atLevel) {
      const scope = nearestResolved(q.parent, parentOf, resolved);
      const r = resolveSegment(index, scope, q.node);
      resolved.set(q.node, r.kind === 'matched' ? r.clauses[0] ?? null : null);
    }
  });

  return { index, clauses, conflicts: trust === null ? countConflicts(placed, clauses) : new Map() };
}

function voteOf(
  q: QuotedSegment,
  order: number,
  level: ClauseLevel,
  resolved: Map<SegmentNode, IndexedClause | null>,
  index: TreeIndex,
): Vote[] {
  const { node, parent } = q;
  const key = titleKey(node.title);
  if (node.number === null || key === '') return [];
  let parentClause: IndexedClause | null = null;
  if (parent !== null) {
    parentClause = resolved.get(parent) ?? null;
    if (parentClause === null) return []; // placed under something unknown: no say on numbering
  } else if (level !== 'PART') {
    return []; // no part or section given: its number path is unknown
  }
  if (parentClause !== null && skipsLevel(index, parentClause, level)) return [];
  return [{
    slot: childPath(parentClause?.path ?? null, level, node.number),
    parentPath: parentClause?.path ?? null,
    number: node.number,
    key,
    display: node.title,
    ministryId: q.ministryId,
    order,
  }];
}

/** A sub-item printed right under a section whose items are known left a level out. */
function skipsLevel(index: TreeIndex, parent: IndexedClause, level: ClauseLevel): boolean {
  if (depthOf(parent.level) >= depthOf(level) - 1) return false;
  return (index.children.get(parent.path) ?? []).some((c) => depthOf(c.level) < depthOf(level));
}

function nearestResolved(
  start: SegmentNode | null,
  parentOf: Map<SegmentNode, SegmentNode | null>,
  resolved: Map<SegmentNode, IndexedClause | null>,
): IndexedClause | null {
  for (let n = start; n !== null; n = parentOf.get(n) ?? null) {
    const c = resolved.get(n);
    if (c) return c;
  }
  return null;
}

/** Groups the level's title keys into spellings of one title, most quoted keys first. */
function clusterKeys(votes: Vote[]): string[][] {
  const byKey = tallyBy(votes, (v) => v.key);
  const keys = [...byKey.keys()].sort((a, b) => compareTally(byKey.get(b)!, byKey.get(a)!));
  const clusters: string[][] = [];
  for (const key of keys) {
    const home = clusters.find((c) => {
      const tier = matchKeys(key, c[0]!).tier;
      return tier === 'exact' || tier === 'similar';
    });
    if (home) home.push(key);
    else clusters.push([key]);
  }
  return clusters;
}

function tally(votes: Vote[]): Tally {
  return {
    ministries: new Set(votes.map((v) => v.ministryId)),
    count: votes.length,
    first: Math.min(...votes.map((v) => v.order)),
  };
}

function tallyBy<K>(votes: Vote[], keyOf: (v: Vote) => K): Map<K, Tally> {
  const groups = new Map<K, Vote[]>();
  for (const v of votes) groups.set(keyOf(v), [...(groups.get(keyOf(v)) ?? []), v]);
  return new Map([...groups].map(([k, vs]) => [k, tally(vs)]));
}

/** More ministries first; then more trusted ministries; then more quotes; then printed earlier. */
function compareTally(a: Tally, b: Tally, trust: Trust | null = null): number {
  const trusted = (t: Tally): number => [...t.ministries].filter((m) => !trust?.ownPlan.has(m)).length;
  return a.ministries.size - b.ministries.size || trusted(a) - trusted(b) || a.count - b.count || b.first - a.first;
}

function bestOf<K>(tallies: Map<K, Tally>, trust: Trust | null): K {
  let best: K | undefined;
  for (const [k, t] of tallies) if (best === undefined || compareTally(t, tallies.get(best)!, trust) > 0) best = k;
  return best as K;
}

function toClause(level: ClauseLevel, votes: Vote[], clusterKeys: string[]): IndexedClause {
  const displays = new Map<string, number>();
  for (const v of votes) displays.set(v.display, (displays.get(v.display) ?? 0) + 1);
  const title = [...displays].sort((a, b) => b[1] - a[1])[0]![0];
  const first = votes[0]!;
  const canonical = titleKey(title);
  return {
    path: first.slot,
    level,
    number: first.number,
    parentPath: first.parentPath,
    title,
    titleKey: canonical,
    keys: [canonical, ...clusterKeys.filter((k) => k !== canonical)],
  };
}
