/**
 * A ministry's table as alignment compares it: its distinct titles and its rows, each analysed once.
 *
 * A title's terms are its content terms (kuromoji), each weighted by where it stands and by whether
 * it can tell the ministry's titles apart:
 * - light words (強化, 充実, 推進…: how, not what) and the ministry's own name are left out;
 * - aim phrases (働きやすさ, 働きがい) become concepts and are blanked out before terms are taken
 *   (kuromoji reads 働きやすさ as the verb 働く): see clause-meanings.json;
 * - titles printed as sub-items of one heading (「X」①A, 「X」②B) share that heading; its terms
 *   weigh HEADING_WEIGHT, since only the part after it tells the items apart;
 * - a term in k of the ministry's n titles weighs (n − k)/(n − 1): one every title shares cannot
 *   discriminate, whatever its rarity.
 * Titles are listed in the order of their text, never in printed order.
 */
import { compactKey } from '../../discovery/normalize';
import type { TableRow, TitleCell } from '../rows';
import { compact } from '../text';
import type { Concept } from './clauseMeanings';
import { contentKey, rowKey } from './contentKey';
import type { AlignmentKnowledge } from './knowledge';

/** A shared heading is at least this many characters (NFKC, no white space). */
const HEADING_MIN = 6;
/** Weight of a term that only stands in a heading the title shares with another title. */
const HEADING_WEIGHT = 0.25;

export interface WeightedTerm {
  readonly key: string;
  readonly surface: string;
  readonly weight: number;
}

export interface ConceptHit {
  readonly concept: Concept;
  readonly phrase: string;
  readonly weight: number;
}

export interface TitleView {
  readonly key: string;
  /** The text as printed (line breaks removed). */
  readonly text: string;
  /** Every print of this title (a merged cell can be printed once per row or page). */
  readonly cells: readonly TitleCell[];
  readonly terms: readonly WeightedTerm[];
  readonly concepts: readonly ConceptHit[];
  readonly themes: readonly { readonly slug: string; readonly terms: readonly string[]; readonly weight: number }[];
}

/** The clauses a row's B cell resolved to. */
export interface RowRefs {
  readonly clauseRefs: readonly string[];
  readonly planRefs: readonly string[];
}

export interface RowView extends RowRefs {
  readonly row: TableRow;
  readonly key: string;
  /** Content terms of the A cell (measure text): key → surface. */
  readonly terms: ReadonlyMap<string, string>;
  /** Content terms of the plan references (labels of the ministry's own plan). */
  readonly planTerms: ReadonlyMap<string, string>;
  /** Themes of the A cell: slug → the terms found. */
  readonly themes: ReadonlyMap<string, readonly string[]>;
}

export interface MinistryView {
  readonly titles: readonly TitleView[];
  readonly rows: readonly RowView[];
}

/** Analyses a ministry's titles and rows. `refs[i]` is what row i's B cell resolved to. */
export function ministryView(
  titleCells: readonly TitleCell[],
  rows: readonly TableRow[],
  refs: readonly RowRefs[],
  knowledge: AlignmentKnowledge,
  ownName = '',
): MinistryView {
  return { titles: titleViews(titleCells, knowledge, ownName), rows: rows.map((row, i) => rowView(row, refs[i] ?? { clauseRefs: [], planRefs: [] }, knowledge)) };
}

function rowView(row: TableRow, refs: RowRefs, knowledge: AlignmentKnowledge): RowView {
  const a = row.a.flat().map((l) => l.text.trim()).join('');
  const termMap = (text: string): Map<string, string> => new Map(knowledge.analyser.terms(text).map((t) => [t.key, t.surface]));
  return {
    row,
    key: rowKey(row),
    clauseRefs: refs.clauseRefs,
    planRefs: refs.planRefs,
    terms: termMap(compact(a)),
    planTerms: termMap(compact(refs.planRefs.join('\n'))),
    themes: new Map(knowledge.themes.match(a).map((m) => [m.slug, m.terms])),
  };
}

interface Draft {
  text: string;
  compact: string;
  cells: TitleCell[];
  terms: Map<string, { surface: string; place: number }>;
  concepts: Map<string, { concept: Concept; phrase: string; place: number }>;
  themes: { slug: string; terms: readonly string[] }[];
}

function titleViews(cells: readonly TitleCell[], knowledge: AlignmentKnowledge, ownName: string): TitleView[] {
  const byText = new Map<string, Draft>();
  for (const cell of cells) {
    const key = compact(cell.text);
    const draft: Draft = byText.get(key) ?? { text: cell.text, compact: key, cells: [], terms: new Map(), concepts: new Map(), themes: [] };
    draft.cells.push(cell);
    byText.set(key, draft);
  }
  const drafts = [...byText.values()].sort((a, b) => (a.compact < b.compact ? -1 : a.compact > b.compact ? 1 : 0));
  const ownTerms = new Set(knowledge.analyser.terms(compact(ownName)).map((t) => t.key));
  const light = knowledge.meanings.lightWords.map(compactKey);
  for (const d of drafts) {
    const heading = headingLength(d.compact, drafts.map((o) => o.compact));
    d.concepts = conceptsOf(d.compact, heading, knowledge);
    const text = withoutAims(d.compact, knowledge);
    const parts: [string, number][] = heading > 0 ? [[text.slice(0, heading), HEADING_WEIGHT], [text.slice(heading), 1]] : [[text, 1]];
    for (const [part, place] of parts) {
      for (const t of knowledge.analyser.terms(part)) {
        if (ownTerms.has(t.key) || isLight(t.key, light)) continue;
        const seen = d.terms.get(t.key);
        if (!seen || seen.place < place) d.terms.set(t.key, { surface: t.surface, place });
      }
    }
    d.themes = knowledge.themes.match(d.text).map((m) => ({ slug: m.slug, terms: m.terms }));
  }
  const spread = (has: (d: Draft) => boolean): number => {
    if (drafts.length < 2) return 1;
    return (drafts.length - drafts.filter(has).length) / (drafts.length - 1);
  };
  return drafts.map((d) => ({
    key: contentKey(d.text),
    text: d.text,
    cells: d.cells,
    terms: [...d.terms].map(([key, t]) => ({ key, surface: t.surface, weight: t.place * spread((o) => o.terms.has(key)) })).filter((t) => t.weight > 0),
    concepts: [...d.concepts.values()]
      .map((c) => ({ concept: c.concept, phrase: c.phrase, weight: c.place * spread((o) => o.concepts.has(c.concept.id)) }))
      .filter((c) => c.weight > 0),
    themes: d.themes.map((t) => ({ ...t, weight: spread((o) => o.themes.some((x) => x.slug === t.slug)) })).filter((t) => t.weight > 0),
  }));
}

/** Length of the longest start this title shares with another (different) title, if long enough. */
function headingLength(text: string, all: readonly string[]): number {
  let best = 0;
  for (const other of all) {
    if (other === text) continue;
    let n = 0;
    while (n < text.length && n < other.length && text[n] === other[n]) n++;
    best = Math.max(best, n);
  }
  return best >= HEADING_MIN && best < text.length ? best : 0;
}

/** The concepts whose phrases occur in the title; a phrase only in the shared heading weighs less. */
function conceptsOf(text: string, heading: number, knowledge: AlignmentKnowledge): Map<string, { concept: Concept; phrase: string; place: number }> {
  const key = compactKey(text);
  const out = new Map<string, { concept: Concept; phrase: string; place: number }>();
  for (const concept of knowledge.meanings.concepts) {
    for (const phrase of concept.phrases) {
      const p = compactKey(phrase);
      for (let at = key.indexOf(p); at >= 0; at = key.indexOf(p, at + 1)) {
        const place = at >= heading ? 1 : HEADING_WEIGHT;
        const seen = out.get(concept.id);
        if (!seen || seen.place < place) out.set(concept.id, { concept, phrase, place });
      }
    }
  }
  return out;
}

/** The title with its aim phrases blanked out (same length), so that no term comes from them (働きやすさ → 働く). */
function withoutAims(text: string, knowledge: AlignmentKnowledge): string {
  const key = compactKey(text);
  const chars = [...text];
  if (chars.length !== key.length) return text; // a character outside the BMP: keep the text whole
  for (const concept of knowledge.meanings.concepts.filter((c) => c.aim)) {
    for (const phrase of concept.phrases.map(compactKey)) {
      for (let at = key.indexOf(phrase); at >= 0; at = key.indexOf(phrase, at + 1)) chars.fill('・', at, at + phrase.length);
    }
  }
  return chars.join('');
}

/** A term made only of light words (強化, 取組強化) says how, not what. */
function isLight(key: string, light: readonly string[]): boolean {
  let rest = key;
  for (const w of [...light].sort((a, b) => b.length - a.length)) rest = rest.split(w).join('');
  return rest === '';
}
