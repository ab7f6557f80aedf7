/**
 * Evidence `clauses`: the meaning of the clauses a row answers against what the title is about.
 *
 * What a title is about is a set of guideline clauses, each reached by a pointer with a weight:
 * - a title term found in a clause's title or in one of its variant spellings points to that clause
 *   (to the deepest such clauses: 改革 points to マネジメント改革, not to the part 働き方改革 above it),
 *   weighted by the term's weight times its rarity in the guideline (log(1 + N/df) / log(1 + N) over
 *   the N clauses): マネジメント names a few clauses, 業務 many;
 * - a concept of data/clause-meanings.json found in the title points to the clauses it is the subject
 *   of (働きやすさ → Ⅱ.1, Ⅱ.2, Ⅱ.4); a term inside the concept's phrase joins the concept's pointer.
 * A row is compared by the clause paths its B cell resolved to, never by the words it quotes: a
 * row citing clause p answers a topic q fully when p is q or lies under q, and by ½ per level when p
 * is broader than q (the row names the whole of which the title is a part). The finding is the
 * share of pointer weight the row answers (coverage: how much of the title the row answers) times
 * its focus (how much of the row answers the title): for each clause the row cites, the weight of the
 * strongest pointer it answers relative to the title's strongest pointer, averaged over the row's
 * clauses. A row answering only the title's subject is more about it than a row that answers it
 * among other things, and a row answering only a title's shared heading is not about the title.
 */
import { compactKey } from '../../discovery/normalize';
import type { GuidelineClause, GuidelineTree } from '../clauses';
import { compact } from '../text';
import type { Finding, Scorer } from './finding';
import type { AlignmentKnowledge } from './knowledge';
import type { RowView, TitleView } from './views';

interface Guideline {
  readonly byPath: ReadonlyMap<string, GuidelineClause>;
  /** Term key → the clauses whose title or a variant holds it. */
  readonly termPaths: ReadonlyMap<string, ReadonlySet<string>>;
}

interface Pointer {
  readonly label: string;
  readonly weight: number;
  readonly clauses: ReadonlySet<string>;
}

const guidelines = new WeakMap<GuidelineTree, { analyser: AlignmentKnowledge['analyser']; guideline: Guideline }>();

/** The clause evidence for a ministry, against the guideline tree. */
export function clauseEvidence(tree: GuidelineTree, knowledge: AlignmentKnowledge): Scorer {
  const g = guidelineOf(tree, knowledge);
  const pointers = new Map<TitleView, Pointer[]>();
  return (title: TitleView, row: RowView): Finding | null => {
    if (row.clauseRefs.length === 0) return null;
    let ps = pointers.get(title);
    if (!ps) {
      ps = pointersOf(title, g);
      pointers.set(title, ps);
    }
    const total = ps.reduce((s, p) => s + p.weight, 0);
    if (total === 0) return null;
    let held = 0;
    let best: { gain: number; label: string; topic: string; cited: string; p: number } | undefined;
    for (const pointer of ps) {
      let top = { p: 0, topic: '', cited: '' };
      for (const cited of row.clauseRefs) {
        for (const topic of pointer.clauses) {
          const p = proximity(g, cited, topic);
          if (p > top.p) top = { p, topic, cited };
        }
      }
      held += pointer.weight * top.p;
      if (top.p > 0 && (!best || pointer.weight * top.p > best.gain)) best = { gain: pointer.weight * top.p, label: pointer.label, ...top };
    }
    if (!best) return null;
    // Focus: for each clause the row cites, the weight of the strongest pointer it answers, relative
    // to the title's strongest pointer; averaged over the row's clauses.
    const strongest = Math.max(...ps.map((p) => p.weight));
    const answered = (cited: string): number => Math.max(0, ...ps.map((p) => p.weight * Math.max(0, ...[...p.clauses].map((topic) => proximity(g, cited, topic)))));
    const focus = row.clauseRefs.reduce((s, cited) => s + answered(cited) / strongest, 0) / row.clauseRefs.length;
    const relation = best.cited === best.topic ? 'row cites it' : best.p === 1 ? `row cites ${best.cited} under it` : `row cites the broader ${best.cited}`;
    return {
      value: (held / total) * focus,
      detail: `title ≈ ${best.topic} ${short(g.byPath.get(best.topic)?.title ?? '')} (${best.label}); ${relation}`,
    };
  };
}

/** How fully citing `cited` answers the topic `topic`: 1 at or under it, ½ per level above it, else 0. */
function proximity(g: Guideline, cited: string, topic: string): number {
  if (isUnder(g, cited, topic)) return 1;
  if (isUnder(g, topic, cited)) {
    const levels = (g.byPath.get(topic)?.level ?? 0) - (g.byPath.get(cited)?.level ?? 0);
    return 0.5 ** Math.max(1, levels);
  }
  return 0;
}

function isUnder(g: Guideline, path: string, ancestor: string): boolean {
  for (let p: string | null = path; p !== null; p = g.byPath.get(p)?.parentPath ?? null) if (p === ancestor) return true;
  return false;
}

function pointersOf(title: TitleView, g: Guideline): Pointer[] {
  const n = g.byPath.size;
  const concepts = title.concepts
    .map((c) => ({ label: c.phrase, key: compactKey(c.phrase), weight: c.weight, clauses: new Set(c.concept.clauses.filter((p) => g.byPath.has(p))) }))
    .filter((c) => c.clauses.size > 0);
  const out: Pointer[] = [];
  for (const t of title.terms) {
    const paths = g.termPaths.get(t.key);
    if (!paths) continue;
    const weight = t.weight * (n <= 1 ? 1 : Math.log(1 + n / paths.size) / Math.log(1 + n));
    const into = concepts.find((c) => c.key.includes(t.key));
    if (into) {
      for (const p of paths) into.clauses.add(p);
      into.weight = Math.max(into.weight, weight);
    } else {
      out.push({ label: t.surface, weight, clauses: paths });
    }
  }
  return [...concepts, ...out];
}

function guidelineOf(tree: GuidelineTree, knowledge: AlignmentKnowledge): Guideline {
  const cached = guidelines.get(tree);
  if (cached && cached.analyser === knowledge.analyser) return cached.guideline;
  const termPaths = new Map<string, Set<string>>();
  for (const clause of tree.clauses) {
    for (const spelling of [clause.title, ...clause.variants]) {
      for (const t of knowledge.analyser.terms(compact(spelling))) {
        const paths = termPaths.get(t.key) ?? new Set<string>();
        paths.add(clause.path);
        termPaths.set(t.key, paths);
      }
    }
  }
  const byPath = new Map(tree.clauses.map((c) => [c.path, c]));
  // A term in a clause and in its ancestor (改革 in マネジメント改革 and in the part's 働き方改革) is about
  // the deeper clause: the ancestor's title sums up its children.
  const deepest = new Map<string, Set<string>>();
  for (const [key, paths] of termPaths) {
    deepest.set(key, new Set([...paths].filter((p) => ![...paths].some((q) => q !== p && isUnder({ byPath, termPaths }, q, p)))));
  }
  const guideline = { byPath, termPaths: deepest };
  guidelines.set(tree, { analyser: knowledge.analyser, guideline });
  return guideline;
}

function short(text: string): string {
  return [...text].length <= 16 ? text : `${[...text].slice(0, 15).join('')}…`;
}
