/**
 * Matches one printed segment ("（２）管理職員のマネジメント能力の向上") to a guideline clause,
 * given the clause its parent segment resolved to. Internal to the clauses module; used both while
 * the tree is being built and when cells are resolved against the finished tree.
 *
 * The title decides: candidates are ranked first by how well the title matches (exact, similar
 * spelling, one title containing the other, a long shared ending), and only then by whether the
 * printed number and level agree. A number alone never makes a match when the title names
 * something else. Partial matches (containment, shared ending) are only looked for under the
 * parent's clause, never across the whole tree.
 */
import { childPath } from './clausePath';
import { bestMatch, matchKeys, tierRank, titleKey, type TitleMatch } from './titleMatch';
import { descendants, type IndexedClause, type TreeIndex } from './treeIndex';
import { depthOf, type Segment } from './types';

/** How a segment was matched, and any doubt worth a reviewer's look. */
export type SegmentResolution =
  | { kind: 'matched'; clauses: IndexedClause[]; notes: string[] }
  | { kind: 'unmatched' };

const SPLIT = /及び|並びに/u;

/**
 * Resolves `seg` below `parent` (null: anywhere; the segment's own parent was not resolved or it
 * has none). Order: a title with no text matches by number alone; a title joining two clause
 * titles with 及び names both; otherwise the best title match among the parent's descendants,
 * then (exact or similar spelling only) anywhere in the tree.
 */
export function resolveSegment(index: TreeIndex, parent: IndexedClause | null, seg: Segment): SegmentResolution {
  const key = titleKey(seg.title);
  const scope = descendants(index, parent?.path ?? null);
  const slots = scope.filter((c) => isSlot(c, parent, seg));

  if (key === '') {
    return slots.length === 1 ? { kind: 'matched', clauses: slots, notes: [] } : { kind: 'unmatched' };
  }

  const joined = key.split(SPLIT).filter((k) => k !== '');
  if (joined.length >= 2) {
    const parts = joined.map((k) => best(scope, k, parent, seg, false));
    if (parts.every((p) => p !== null)) {
      const clauses = parts.map((p) => p!.clause);
      return { kind: 'matched', clauses, notes: [`"${seg.raw}" joins ${clauses.map((c) => c.path).join(' and ')} with 及び`] };
    }
  }

  const local = best(scope, key, parent, seg, true);
  if (local) return { kind: 'matched', clauses: [local.clause], notes: notesFor(local, parent, seg) };
  if (parent !== null) {
    const global = best(descendants(index, null), key, null, seg, false);
    if (global) {
      const notes = [`"${seg.raw}" matches nothing under ${parent.path}; its title is ${global.clause.path}'s`];
      return { kind: 'matched', clauses: [global.clause], notes: [...notes, ...notesFor(global, null, seg)] };
    }
  }
  return { kind: 'unmatched' };
}

/** The path the printed number points at, for messages ("Ⅱ.1.(1)", or "(1)" with no parent). */
function saidPath(parent: IndexedClause | null, seg: Segment): string | null {
  if (seg.number === null) return null;
  if (parent === null && seg.level !== 'PART') return childPath('', seg.level, seg.number).replace(/^\./u, '');
  return childPath(parent?.path ?? null, seg.level, seg.number);
}

interface Candidate {
  clause: IndexedClause;
  match: TitleMatch;
  slot: boolean;
}

/** A clause at the segment's level and number under `parent` (directly, or past a skipped level). */
function isSlot(c: IndexedClause, parent: IndexedClause | null, seg: Segment): boolean {
  if (seg.number === null || c.level !== seg.level || c.number !== seg.number) return false;
  return parent !== null || seg.level === 'PART';
}

function best(
  scope: IndexedClause[],
  key: string,
  parent: IndexedClause | null,
  seg: Segment,
  allowPartial: boolean,
): Candidate | null {
  let top: Candidate | null = null;
  let topRank: number[] = [];
  for (const clause of scope) {
    let match = bestMatch(key, clause.keys);
    if (isPartial(match)) {
      // Partial matches are tried against the canonical title only: a variant that itself was a
      // partial match must not pull in further partial matches.
      const c = matchKeys(key, clause.titleKey);
      match = isPartial(c) ? c : { tier: 'none', score: 0, overlap: 0 };
    }
    if (match.tier === 'none' || (isPartial(match) && !allowPartial)) continue;
    const slot = isSlot(clause, parent, seg);
    const rank = [
      tierRank(match.tier),
      slot ? 1 : 0,
      clause.level === seg.level ? 1 : 0,
      clause.number === seg.number ? 1 : 0,
      -Math.abs(depthOf(clause.level) - depthOf(seg.level)),
      isPartial(match) ? match.overlap : match.score,
    ];
    if (top === null || compareRanks(rank, topRank) > 0) {
      top = { clause, match, slot };
      topRank = rank;
    }
  }
  return top;
}

function isPartial(m: TitleMatch): boolean {
  return m.tier === 'contains' || m.tier === 'suffix' || m.tier === 'none';
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function notesFor(c: Candidate, parent: IndexedClause | null, seg: Segment): string[] {
  const notes: string[] = [];
  const said = saidPath(parent, seg);
  const sameNumber = seg.number === c.clause.number && seg.level === c.clause.level;
  // With no parent given ("３．マネジメント改革"), an agreeing number is all the cell can say.
  if (!c.slot && said !== null && said !== c.clause.path && !(parent === null && sameNumber)) {
    notes.push(`"${seg.raw}": number says ${said} but title is ${c.clause.path}'s`);
  }
  const off = depthOf(c.clause.level) - depthOf(seg.level);
  if (off !== 0) {
    const n = Math.abs(off);
    notes.push(`"${seg.raw}": title matched ${n} level${n > 1 ? 's' : ''} ${off > 0 ? 'deeper' : 'higher'} (${c.clause.path})`);
  } else if (parent !== null && c.clause.parentPath !== parent.path) {
    // Same level but not a direct child: the cell left out a level ("１…② …" for Ⅱ.1.(1)②).
    notes.push(`"${seg.raw}": a level is skipped between ${parent.path} and ${c.clause.path}`);
  }
  if (isPartial(c.match)) {
    notes.push(`"${seg.raw}": title only partly matches ${c.clause.path} ${c.clause.title}`);
  }
  return notes;
}
