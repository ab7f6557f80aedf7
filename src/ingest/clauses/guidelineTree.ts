/**
 * Builds the WLB guideline tree from what the report quotes; no guideline text is built in.
 *
 * The rule, in the order it is applied:
 *
 * 1. Every B cell is parsed into reference chains (parseClauseRef). Each printed segment is a
 *    quote: a ministry saying "the clause numbered n under this parent is titled t".
 * 2. Consensus, level by level from the parts down (establishClauses). A segment votes for its
 *    slot (the path its parent resolved to plus its own number) and its title. Titles are grouped
 *    into spellings of one title by their key (NFKC, no white space or 「」, one long-vowel mark)
 *    and bigram similarity ≥ 0.8, so 管理職員/管理職 or a clipped 働き方改 stay one title. A title
 *    lives at the slot most ministries put it at; a slot holds the title most ministries quote
 *    there among those living there. So when a (number path, title) pair conflicts with the
 *    title most quoted at that number, or with the path most quoted for that title, the majority
 *    wins: 内閣府's "（１）国会関係業務の効率化" loses slot Ⅱ.1.(1) to 業務の廃止を含めた業務見直し・効率化,
 *    and its title lives at Ⅱ.1.(3) where two other ministries put it.
 * 3. Quoted by two ministries or more, a clause is established. A clause only one ministry quotes
 *    needs trust: a first sweep establishes everything and counts, per ministry, its quotes that
 *    contradict a consensus clause (wrong title at a consensus slot, or a consensus title put at
 *    another slot). A ministry with two such conflicts or more cites its own plan's numbering: in
 *    the second sweep its single-ministry labels do not become clauses (内閣府's （４）オフィス改革,
 *    （６）業務の棚卸し), and neither does any single-ministry label whose title is carried by a
 *    stronger clause of the first sweep (quoted by more ministries, or by a ministry with fewer
 *    conflicts). 公正取引委員会's single quote of Ⅱ.4.(2)③ 転勤に関する配慮等 stays: that
 *    commission follows the consensus elsewhere and nothing else carries that title.
 * 4. Segments resolve title first (resolveSegment): a label matching no clause by number and title
 *    is a plan reference, never a clause.
 * 5. Every cell is then resolved against the established clauses; each clause records the
 *    spellings resolved to it. The canonical title is the spelling most ministries (then most
 *    cells) printed under the clause's own number; every other spelling is a variant.
 */
import { chainsOf, parseClauseRef, segmentsWithParents } from './parseClauseRef';
import { establishClauses, type QuotedSegment } from './establishClauses';
import { resolveChain } from './resolveChain';
import { titleKey } from './titleMatch';
import { descendants, type IndexedClause, type TreeIndex } from './treeIndex';
import { depthOf, type ClauseCellInput, type GuidelineClause, type GuidelineTree, type SegmentNode } from './types';

/** Conflicts with the consensus from which a ministry is taken to cite its own plan. */
export const OWN_PLAN_CONFLICTS = 2;

/**
 * The guideline tree as the given B cells quote it (all cells of one report, each with its
 * ministry). Deterministic: the same cells in the same order give the same tree.
 */
export function buildGuidelineTree(cells: readonly ClauseCellInput[]): GuidelineTree {
  const parsed = cells.map((c) => parseClauseRef(c.text));
  const quotes: QuotedSegment[] = parsed.flatMap((p, cell) =>
    p.blocks.flatMap((b) =>
      b.kind === 'chains'
        ? segmentsWithParents(b.roots).map(({ node, parent }) => ({ node, parent, ministryId: cells[cell]!.ministryId, cell }))
        : [],
    ),
  );
  const first = establishClauses(quotes, null);
  const ownPlan = new Set([...first.conflicts].filter(([, n]) => n >= OWN_PLAN_CONFLICTS).map(([m]) => m));
  const second = establishClauses(quotes, { ownPlan, conflicts: first.conflicts, candidates: first.clauses });
  const spellings = collectSpellings(second.index, cells, parsed);
  return {
    clauses: descendants(second.index, null).map((c) => toGuidelineClause(c, spellings.get(c.path))),
    ownPlanMinistries: [...ownPlan].sort(),
  };
}

interface Spelling {
  display: string;
  key: string;
  count: number;
  ministries: Set<string>;
  /** Ministries that printed it with the clause's own number and level. */
  placedBy: Set<string>;
  first: number;
}

interface Quotes {
  cells: Set<number>;
  ministries: Set<string>;
  spellings: Spelling[];
}

function collectSpellings(
  index: TreeIndex,
  cells: readonly ClauseCellInput[],
  parsed: ReturnType<typeof parseClauseRef>[],
): Map<string, Quotes> {
  const out = new Map<string, Quotes>();
  let order = 0;
  parsed.forEach((p, cell) => {
    const ministryId = cells[cell]!.ministryId;
    const seen = new Set<SegmentNode>();
    for (const block of p.blocks) {
      if (block.kind !== 'chains') continue;
      for (const chain of chainsOf(block.roots)) {
        for (const { node, clauses } of resolveChain(index, chain).steps) {
          if (clauses === null || seen.has(node)) continue;
          seen.add(node);
          for (const c of clauses) {
            const q = out.get(c.path) ?? { cells: new Set(), ministries: new Set(), spellings: [] };
            out.set(c.path, q);
            q.cells.add(cell);
            q.ministries.add(ministryId);
            // A label split at 及び names several clauses: its spelling is none of theirs.
            if (clauses.length === 1 && node.title !== '') {
              const placed = node.number === c.number && node.level === c.level;
              addSpelling(q, node.title, ministryId, placed, order++);
            }
          }
        }
      }
    }
  });
  return out;
}

function addSpelling(q: Quotes, display: string, ministryId: string, placed: boolean, order: number): void {
  let s = q.spellings.find((x) => x.display === display);
  if (!s) {
    s = { display, key: titleKey(display), count: 0, ministries: new Set(), placedBy: new Set(), first: order };
    q.spellings.push(s);
  }
  s.count++;
  s.ministries.add(ministryId);
  if (placed) s.placedBy.add(ministryId);
}

function toGuidelineClause(c: IndexedClause, quotes: Quotes | undefined): GuidelineClause {
  const spellings = quotes?.spellings ?? [];
  const byKey = new Map<string, Spelling[]>();
  for (const s of spellings) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
  // A spelling printed under the clause's own number outranks one matched across numbers.
  const weight = (group: Spelling[]): [number, number, number, number] => [
    new Set(group.flatMap((s) => [...s.placedBy])).size,
    new Set(group.flatMap((s) => [...s.ministries])).size,
    group.reduce((n, s) => n + s.count, 0),
    -Math.min(...group.map((s) => s.first)),
  ];
  const groups = [...byKey.values()].sort((a, b) => compare(weight(b), weight(a)));
  const canonical = groups[0]?.slice().sort((a, b) => b.count - a.count || a.first - b.first)[0]?.display ?? c.title;
  const variants = spellings
    .filter((s) => s.display !== canonical)
    .sort((a, b) => b.ministries.size - a.ministries.size || b.count - a.count || a.first - b.first)
    .map((s) => s.display);
  return {
    path: c.path,
    kind: c.level,
    level: depthOf(c.level),
    number: c.number,
    title: canonical,
    variants,
    parentPath: c.parentPath,
    quoteCount: quotes?.cells.size ?? 0,
    ministries: [...(quotes?.ministries ?? [])].sort(),
    numberedBy: [...new Set(spellings.flatMap((s) => [...s.placedBy]))].sort(),
  };
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
