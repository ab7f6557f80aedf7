/**
 * Resolves a B cell against the guideline tree: the clause paths it names, the plan references it
 * makes, and notes on every doubtful reading.
 */
import { chainsOf, parseClauseRef } from './parseClauseRef';
import { resolveChain } from './resolveChain';
import { indexTree, isUnder } from './treeIndex';
import type { ClauseCellInput, GuidelineTree } from './types';

export { normalizeClausePath } from './clausePath';

/** What one B cell names. */
export interface ClauseCellResolution {
  /** Guideline clause paths, deepest level named, de-duplicated, in printed order. */
  clauseRefs: string[];
  /** Labels that match no guideline clause (the ministry's own plan), as printed without line breaks. */
  planRefs: string[];
  /** Human-readable reasons for doubtful decisions (number and title disagree, level skipped…). */
  notes: string[];
}

/**
 * Resolves one B cell (text as printed, line breaks kept or not) against `tree`.
 *
 * Each reference chain of the cell names the clause its last segment resolves to; segments are
 * matched by title first (see resolveSegment), so a ministry's own numbering gives way to the
 * guideline title it quotes. A chain whose last segment matches no clause by number and title is
 * a plan reference: its printed label, line breaks removed. A paragraph with no level markers at
 * all ("（別添）具体的な取組事項") is a plan reference too. A clause is dropped when the cell also
 * names one of its descendants. The tree is treated as immutable: its lookup index is built once
 * per tree object and cached.
 */
export function resolveClauseCell(tree: GuidelineTree, cell: ClauseCellInput): ClauseCellResolution {
  const index = indexTree(tree);
  const clauseRefs: string[] = [];
  const planRefs: string[] = [];
  const notes: string[] = [];
  for (const block of parseClauseRef(cell.text).blocks) {
    if (block.kind === 'text') {
      pushNew(planRefs, [block.text]);
      continue;
    }
    for (const chain of chainsOf(block.roots)) {
      const r = resolveChain(index, chain);
      if (r.target !== null) {
        pushNew(clauseRefs, r.target.map((c) => c.path));
        pushNew(notes, r.notes);
        pushNew(notes, r.target.flatMap((c) => unconfirmed(tree, c.path, cell.ministryId)));
      } else {
        const label = chain.map((s) => s.raw).join('');
        pushNew(planRefs, [label]);
        pushNew(notes, [...r.notes, `"${label}" matches no guideline clause by number and title: plan reference`]);
      }
    }
  }
  const deepest = clauseRefs.filter((p) => !clauseRefs.some((q) => q !== p && isUnder(index, q, p)));
  if (notes.length > 0 && tree.ownPlanMinistries.includes(cell.ministryId)) {
    notes.unshift(`${cell.ministryId} cites its own plan's numbering elsewhere too: numbers were not trusted`);
  }
  return { clauseRefs: deepest, planRefs, notes };
}

/**
 * A note when no other ministry prints the clause under its number: the tree is built from the
 * report's quotes, so a clause only this ministry numbers (its own plan's numbering, or a quote the
 * others happen not to make) is not confirmed — and a report without the ministries that confirmed
 * it would read it so, silently, were it not said here.
 */
function unconfirmed(tree: GuidelineTree, path: string, ministryId: string): string[] {
  const clause = tree.clauses.find((c) => c.path === path);
  if (!clause || clause.numberedBy.some((m) => m !== ministryId)) return [];
  return [`${path} "${clause.title}" is numbered so by no other ministry: its place in the guideline rests on ${ministryId}'s quote alone`];
}

function pushNew(target: string[], values: readonly string[]): void {
  for (const v of values) if (!target.includes(v)) target.push(v);
}
