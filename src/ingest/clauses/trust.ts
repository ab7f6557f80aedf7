/**
 * Trust in a ministry's numbering, learnt from a first sweep of the consensus: which quotes
 * contradict it, and whether a clause only one ministry quotes may enter the tree. Internal to the
 * clauses module; guidelineTree.ts documents the rule.
 */
import type { EstablishedClause, Vote } from './establishClauses';
import { matchKeys } from './titleMatch';
import type { IndexedClause } from './treeIndex';

/** Trust learnt from a first sweep; absent in the first sweep itself. */
export interface Trust {
  ownPlan: ReadonlySet<string>;
  conflicts: ReadonlyMap<string, number>;
  /** Clauses of the first sweep, to find a stronger clause carrying a singleton's title. */
  candidates: readonly EstablishedClause[];
}

/** A vote with the slot its title lives at (where most ministries put it). */
export interface PlacedVote {
  vote: Vote;
  home: string;
}

/**
 * Whether a clause enters the tree. Quoted by two ministries or more, or in the first sweep: yes.
 * Quoted by one: only if that ministry does not cite its own plan and no stronger clause of the
 * first sweep (quoted by more ministries, or by a ministry with fewer conflicts) carries its title.
 */
export function admitted(clause: IndexedClause, supporters: Set<string>, trust: Trust | null): boolean {
  if (supporters.size >= 2 || trust === null) return true;
  const [ministry] = [...supporters];
  if (ministry === undefined || trust.ownPlan.has(ministry)) return false;
  const own = trust.conflicts.get(ministry) ?? 0;
  const parents = new Map(trust.candidates.map((c) => [c.clause.path, c.clause.parentPath]));
  parents.set(clause.path, clause.parentPath);
  return !trust.candidates.some((r) => {
    if (sameLineage(parents, r.clause.path, clause.path)) return false;
    const stronger = r.ministries.size >= 2 || [...r.ministries].every((m) => (trust.conflicts.get(m) ?? 0) < own);
    if (!stronger) return false;
    const tiers = clause.keys.map((k) => (r.clause.keys.includes(k) ? 'exact' : matchKeys(k, r.clause.titleKey).tier));
    // The same title elsewhere always wins. A title merely containing another clause's (or
    // contained in it) only tells against a ministry that has contradicted the consensus before:
    // long guideline titles often contain short ones (テレワークに対応したマネジメント改革の推進).
    return tiers.some((t) => t === 'exact' || t === 'similar') || (own > 0 && tiers.some((t) => t !== 'none'));
  });
}

/** Whether one path is the other or an ancestor of it (a child's title often repeats its parent's). */
function sameLineage(parents: Map<string, string | null>, a: string, b: string): boolean {
  const up = (from: string | null, to: string): boolean => {
    for (let p = from; p !== null && p !== undefined; p = parents.get(p) ?? null) if (p === to) return true;
    return false;
  };
  return up(a, b) || up(b, a);
}

/**
 * A quote contradicts the consensus when its slot holds a clause quoted by two ministries or more
 * under a title it does not match, or when its title's home is such a clause elsewhere.
 */
export function countConflicts(
  votes: readonly PlacedVote[],
  clauses: EstablishedClause[],
): Map<string, number> {
  const core = new Map(clauses.filter((c) => c.ministries.size >= 2).map((c) => [c.clause.path, c.clause]));
  const conflicts = new Map<string, number>();
  for (const { vote, home } of votes) {
    const here = core.get(vote.slot);
    const wrongTitle = here !== undefined && !here.keys.includes(vote.key) && matchKeys(vote.key, here.titleKey).tier === 'none';
    const misplaced = here === undefined && home !== vote.slot && core.has(home);
    if (wrongTitle || misplaced) conflicts.set(vote.ministryId, (conflicts.get(vote.ministryId) ?? 0) + 1);
  }
  return conflicts;
}
