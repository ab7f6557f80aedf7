/**
 * Lineage between two years of the report: which measure (and priority item) of the later year
 * continues which of the year before, within each ministry. Pure and synchronous once the
 * analyser is loaded. How pairs are scored and links chosen: README.md.
 */
import type { Taxonomy } from '../discovery/taxonomy';
import { themeNodeId } from '../discovery/taxonomy';
import type { TermTokenizer } from '../discovery/tokenizer';
import { maxAssignment } from '../ingest/assignment';
import { classifyLineage, type LineageCandidates } from './classifyLineage';
import type { LineageItem, LineageMeasure, LineageYear } from './lineageYear';
import { checkLineageOptions, DEFAULT_LINEAGE, expectationOf, type LineageOptions } from './options';
import { evidenceCollection, pairEvidence, round, scorePair, type EvidenceCollection } from './pairEvidence';
import type { Candidate, LineageLink, LineageResult } from './types';

/** The loaded analyser and the theme taxonomy (as discovery uses them). */
export interface LineageTools {
  readonly tokenizer: TermTokenizer;
  readonly taxonomy: Taxonomy;
}

/**
 * Links each measure and item of `later` to its predecessor in `earlier` (same ministry, at most
 * one each way), with the diff and the review list. Throws a `TypeError` on an id used twice in a
 * year or on bad options.
 */
export function matchLineage(earlier: LineageYear, later: LineageYear, tools: LineageTools, options: LineageOptions = DEFAULT_LINEAGE): LineageResult {
  checkLineageOptions(options);
  checkYear(earlier, 'earlier');
  checkYear(later, 'later');
  const started = performance.now();

  const em = flatMeasures(earlier);
  const lm = flatMeasures(later);
  const measures = evidenceCollection([...em, ...lm].map((m) => m.measure), tools.tokenizer, tools.taxonomy);
  const ei = flatItems(earlier);
  const li = flatItems(later);
  const titles = evidenceCollection([...ei, ...li].map(({ item }) => ({ text: item.title, clauseRefs: [] })), tools.tokenizer, tools.taxonomy);
  const evidenceMs = performance.now() - started;

  const matchingStarted = performance.now();
  const candidates: LineageCandidates = { earlier: new Map(), later: new Map() };
  const measureLinks: LineageLink[] = [];
  const itemLinks: LineageLink[] = [];
  const earlierByMinistry = groupBy(em, (m) => m.ministryId);
  const earlierItemsByMinistry = groupBy(ei, (i) => i.ministryId);
  const measureIndex = (side: 'earlier' | 'later', k: number) => (side === 'earlier' ? k : em.length + k);
  const itemIndex = (side: 'earlier' | 'later', k: number) => (side === 'earlier' ? k : ei.length + k);

  for (const [ministryId, laterMeasures] of groupBy(lm, (m) => m.ministryId)) {
    const before = earlierByMinistry.get(ministryId) ?? [];
    const score = laterMeasures.map((l) => before.map((e) => scorePair(measures, measureIndex('later', l.k), measureIndex('earlier', e.k), options.weights)));
    // A pair without enough shared words is never linked, whatever its themes and clauses.
    const chosen = chooseLinks(
      score.map((row) => row.map((s) => (s.textScore >= options.minTextScore ? s.score : 0))),
      laterMeasures.map((l) => options.thresholds[expectationOf(l.measure.status)]),
    );
    noteCandidates(candidates, laterMeasures.map((l) => l.measure.id), before.map((e) => e.measure.id), score.map((row) => row.map((s) => s.score)));
    chosen.forEach((e, l) => {
      if (e < 0) return;
      const s = score[l][e];
      measureLinks.push(link(laterMeasures[l].measure.id, before[e].measure.id, ministryId, s.score, s.textScore, measures, measureIndex('later', laterMeasures[l].k), measureIndex('earlier', before[e].k), options));
    });
  }

  const linked = new Map(measureLinks.map((l) => [l.fromId, l.toId]));
  const measureK = { earlier: new Map(em.map((m) => [m.measure.id, m.k])), later: new Map(lm.map((m) => [m.measure.id, m.k])) };
  // An item's themes: its title's and its measures'.
  const themesOfItem = (side: 'earlier' | 'later', k: number, item: LineageItem): Set<string> => {
    const slugs = new Set(titles.themeSlugs[itemIndex(side, k)]);
    for (const m of item.measures) for (const s of measures.themeSlugs[measureIndex(side, measureK[side].get(m.id) as number)]) slugs.add(s);
    return slugs;
  };
  for (const [ministryId, laterItems] of groupBy(li, (i) => i.ministryId)) {
    const before = earlierItemsByMinistry.get(ministryId) ?? [];
    const score = laterItems.map((l) =>
      before.map((e) => {
        const title = scorePair(titles, itemIndex('later', l.k), itemIndex('earlier', e.k), options.weights);
        const share = measureShare(l.item, e.item, linked);
        return { title, share, score: round(options.items.titleWeight * title.textScore + options.items.measureWeight * share) };
      }),
    );
    const plain = score.map((row) => row.map((s) => s.score));
    const chosen = chooseLinks(plain, laterItems.map(() => options.items.threshold));
    noteCandidates(candidates, laterItems.map((l) => l.item.id), before.map((e) => e.item.id), plain);
    chosen.forEach((e, l) => {
      if (e < 0) return;
      const a = laterItems[l];
      const b = before[e];
      const laterThemes = themesOfItem('later', a.k, a.item);
      const earlierThemes = themesOfItem('earlier', b.k, b.item);
      itemLinks.push({
        fromId: a.item.id,
        toId: b.item.id,
        ministryId,
        score: score[l][e].score,
        textScore: score[l][e].title.textScore,
        sharedTerms: pairEvidence(titles, itemIndex('later', a.k), itemIndex('earlier', b.k), options.sharedTermCount).sharedTerms,
        sharedThemes: [...laterThemes].filter((s) => earlierThemes.has(s)).map(themeNodeId),
      });
    });
  }

  const { diff, review } = classifyLineage({ earlier, later, measureLinks, itemLinks, candidates }, options);
  const matchingMs = performance.now() - matchingStarted;
  return {
    measureLinks,
    itemLinks,
    diff,
    review,
    timings: { evidenceMs: Math.round(evidenceMs), matchingMs: Math.round(matchingMs), totalMs: Math.round(performance.now() - started) },
  };
}

/**
 * One-to-one links maximising the summed margin over each row's threshold (the Hungarian method):
 * a pair below its row's threshold is never linked. For each row, the column it links to, or -1.
 */
function chooseLinks(score: readonly (readonly number[])[], thresholds: readonly number[]): number[] {
  if (score.length === 0 || score[0].length === 0) return score.map(() => -1);
  // A pair exactly at the threshold still counts: its gain is a hair above 0.
  const gain = score.map((row, r) => row.map((s) => (s >= thresholds[r] ? s - thresholds[r] + 1e-6 : 0)));
  return maxAssignment(gain).map((c, r) => (c >= 0 && gain[r][c] > 0 ? c : -1));
}

/** The share of two items' measures linked to each other (Dice: 2·links / (|a| + |b|)). */
function measureShare(later: LineageItem, earlier: LineageItem, linked: ReadonlyMap<string, string>): number {
  const total = later.measures.length + earlier.measures.length;
  if (total === 0) return 0;
  const theirs = new Set(earlier.measures.map((m) => m.id));
  const links = later.measures.filter((m) => theirs.has(linked.get(m.id) ?? '')).length;
  return (2 * links) / total;
}

/** Each side's best counterpart on the other (ties: the earlier in report order). */
function noteCandidates(into: LineageCandidates, laterIds: readonly string[], earlierIds: readonly string[], score: readonly (readonly number[])[]): void {
  const best = (pairs: Candidate[]): Candidate | null => pairs.reduce<Candidate | null>((b, c) => (b === null || c.score > b.score ? c : b), null);
  laterIds.forEach((id, l) => into.later.set(id, best(earlierIds.map((e, j) => ({ id: e, score: score[l][j] })))));
  earlierIds.forEach((id, j) => into.earlier.set(id, best(laterIds.map((l, i) => ({ id: l, score: score[i][j] })))));
}

function link(fromId: string, toId: string, ministryId: string, score: number, textScore: number, c: EvidenceCollection, i: number, j: number, options: LineageOptions): LineageLink {
  const evidence = pairEvidence(c, i, j, options.sharedTermCount);
  return { fromId, toId, ministryId, score, textScore, sharedTerms: evidence.sharedTerms, sharedThemes: evidence.sharedThemes.map(themeNodeId) };
}

interface FlatMeasure {
  readonly ministryId: string;
  readonly itemId: string;
  readonly measure: LineageMeasure;
  /** Position in the year's flat list. */
  readonly k: number;
}

function flatMeasures(year: LineageYear): FlatMeasure[] {
  const out: FlatMeasure[] = [];
  for (const m of year.ministries) for (const p of m.items) for (const x of p.measures) out.push({ ministryId: m.ministryId, itemId: p.id, measure: x, k: out.length });
  return out;
}

function flatItems(year: LineageYear): { ministryId: string; item: LineageItem; k: number }[] {
  return year.ministries.flatMap((m) => m.items.map((item) => ({ ministryId: m.ministryId, item }))).map((x, k) => ({ ...x, k }));
}

function groupBy<T>(values: readonly T[], key: (v: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const v of values) {
    const k = key(v);
    if (!out.has(k)) out.set(k, []);
    (out.get(k) as T[]).push(v);
  }
  return out;
}

function checkYear(year: LineageYear, which: string): void {
  const seen = new Set<string>();
  const ministries = new Set<string>();
  for (const m of year.ministries) {
    if (ministries.has(m.ministryId)) throw new TypeError(`lineage: the ${which} year (${year.fiscalYear}) lists ministry ${m.ministryId} twice; expected each once`);
    ministries.add(m.ministryId);
    for (const p of m.items) {
      for (const id of [p.id, ...p.measures.map((x) => x.id)]) {
        if (seen.has(id)) throw new TypeError(`lineage: the ${which} year (${year.fiscalYear}) uses the id ${id} twice; expected ids unique within a year`);
        seen.add(id);
      }
    }
  }
}
