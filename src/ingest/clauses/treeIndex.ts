/**
 * Lookup structure over guideline clauses (paths, children, comparison keys), shared by the tree
 * builder (which grows it level by level) and the resolver. Internal to the clauses module.
 */
import { matchKeys, titleKey } from './titleMatch';
import { depthOf, type ClauseLevel, type GuidelineTree } from './types';

/** A clause as the matcher sees it. */
export interface IndexedClause {
  path: string;
  level: ClauseLevel;
  number: number;
  parentPath: string | null;
  /** Display title (canonical when built from a finished tree). */
  title: string;
  /** Key of the canonical title: the only key containment is tried against. */
  titleKey: string;
  /** Keys of every spelling known for it, canonical first: tried for exact and similar matches. */
  keys: string[];
}

export interface TreeIndex {
  byPath: Map<string, IndexedClause>;
  children: Map<string | null, IndexedClause[]>;
}

/** An empty index. */
export function emptyIndex(): TreeIndex {
  return { byPath: new Map(), children: new Map() };
}

/** Adds a clause; its parent must already be in (or it is a part). */
export function addClause(index: TreeIndex, clause: IndexedClause): void {
  index.byPath.set(clause.path, clause);
  const siblings = index.children.get(clause.parentPath) ?? [];
  siblings.push(clause);
  siblings.sort((a, b) => depthOf(a.level) - depthOf(b.level) || a.number - b.number);
  index.children.set(clause.parentPath, siblings);
}

/** All clauses under `path` (every clause when null), parents before children. */
export function descendants(index: TreeIndex, path: string | null): IndexedClause[] {
  const out: IndexedClause[] = [];
  const walk = (p: string | null): void => {
    for (const c of index.children.get(p) ?? []) {
      out.push(c);
      walk(c.path);
    }
  };
  walk(path);
  return out;
}

/** Whether `path` is `ancestor` or lies under it. */
export function isUnder(index: TreeIndex, path: string, ancestor: string): boolean {
  for (let p: string | null = path; p !== null; p = index.byPath.get(p)?.parentPath ?? null) {
    if (p === ancestor) return true;
  }
  return false;
}

const cache = new WeakMap<GuidelineTree, TreeIndex>();

/** The index of a finished tree (built once per tree object). */
export function indexTree(tree: GuidelineTree): TreeIndex {
  const hit = cache.get(tree);
  if (hit) return hit;
  const index = emptyIndex();
  for (const c of tree.clauses) {
    const canonical = titleKey(c.title);
    // Variants that only partly match the canonical title (a ministry's longer or shorter label)
    // stay out of the keys, so that the same label is again reported as a partial match.
    const keys = [canonical, ...c.variants.map(titleKey).filter((k) => isSpellingOf(k, canonical))];
    addClause(index, {
      path: c.path,
      level: c.kind,
      number: c.number,
      parentPath: c.parentPath,
      title: c.title,
      titleKey: canonical,
      keys: [...new Set(keys)],
    });
  }
  cache.set(tree, index);
  return index;
}

function isSpellingOf(key: string, canonical: string): boolean {
  const tier = matchKeys(key, canonical).tier;
  return tier === 'exact' || tier === 'similar';
}
