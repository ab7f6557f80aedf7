/**
 * Resolves one printed reference chain (part → … → the level it names) against the tree, segment
 * by segment, each below what its parent resolved to. Internal to the clauses module.
 */
import { resolveSegment } from './resolveSegment';
import type { IndexedClause, TreeIndex } from './treeIndex';
import type { SegmentNode } from './types';

export interface ChainResolution {
  /** Per segment, the clause(s) it resolved to, or null. */
  steps: { node: SegmentNode; clauses: IndexedClause[] | null }[];
  /** What the chain names (its last segment's clauses), or null: a plan reference. */
  target: IndexedClause[] | null;
  notes: string[];
}

/**
 * Walks the chain from its part down. A segment that matches nothing is passed over (its children
 * are searched under the last segment that did match, or in the whole tree) so that a wrong or
 * unknown part ("Ⅰ基本的な考え方２．勤務時間管理…") does not hide a section the title identifies;
 * the chain names a clause only if its last segment matches one.
 */
export function resolveChain(index: TreeIndex, chain: readonly SegmentNode[]): ChainResolution {
  const steps: ChainResolution['steps'] = [];
  const notes: string[] = [];
  let scope: IndexedClause | null = null;
  chain.forEach((node, k) => {
    const r = resolveSegment(index, scope, node);
    if (r.kind === 'matched') {
      steps.push({ node, clauses: r.clauses });
      notes.push(...r.notes);
      scope = r.clauses[0] ?? scope;
    } else {
      steps.push({ node, clauses: null });
      if (k < chain.length - 1) {
        const from: string = scope === null ? 'the whole guideline' : (scope as IndexedClause).path;
        notes.push(`"${node.raw}" matches no guideline clause; what follows is looked up under ${from}`);
      }
    }
  });
  return { steps, target: steps[steps.length - 1]?.clauses ?? null, notes };
}
