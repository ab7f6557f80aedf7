/**
 * From links to a diff: each later measure and item continued, changed or new, each earlier one
 * dropped when nothing continues it, with a reason a person can check; and the review list. Needs
 * no analyser, so a diff can be rebuilt from two years and the links stored in the graph (the best
 * candidates, which only enrich the reasons, are then optional).
 */
import { compact } from '../ingest/text';
import type { LineageItem, LineageMeasure, LineageYear } from './lineageYear';
import { DEFAULT_LINEAGE, expectationOf, tagLabel, type LineageOptions } from './options';
import type { Candidate, Change, LineageDiff, LineageLink, LineageReviewNote, MinistryDiff } from './types';

/** The best counterpart of each measure and item in the other year, by id (later ids and earlier ids apart). */
export interface LineageCandidates {
  readonly earlier: Map<string, Candidate | null>;
  readonly later: Map<string, Candidate | null>;
}

export interface ClassifyInput {
  readonly earlier: LineageYear;
  readonly later: LineageYear;
  readonly measureLinks: readonly LineageLink[];
  readonly itemLinks: readonly LineageLink[];
  readonly candidates?: LineageCandidates;
}

/** The diff of two years and the review list, from their links. */
export function classifyLineage(input: ClassifyInput, options: LineageOptions = DEFAULT_LINEAGE): { diff: LineageDiff; review: LineageReviewNote[] } {
  const { earlier, later } = input;
  const candidates = input.candidates ?? { earlier: new Map(), later: new Map() };
  const byFrom = new Map([...input.measureLinks, ...input.itemLinks].map((l) => [l.fromId, l]));
  const byTo = new Map([...input.measureLinks, ...input.itemLinks].map((l) => [l.toId, l]));
  const earlierMinistries = new Map(earlier.ministries.map((m) => [m.ministryId, m]));
  const laterMinistries = new Map(later.ministries.map((m) => [m.ministryId, m]));
  const earlierItems = new Map(earlier.ministries.flatMap((m) => m.items.map((p) => [p.id, p])));
  const review: LineageReviewNote[] = [];
  const text = new Texts(earlier, later, byFrom, byTo, options);

  const ministryIds = [...later.ministries.map((m) => m.ministryId), ...earlier.ministries.map((m) => m.ministryId).filter((id) => !laterMinistries.has(id))];
  const ministries: MinistryDiff[] = ministryIds.map((ministryId) => {
    const before = earlierMinistries.get(ministryId);
    const after = laterMinistries.get(ministryId);
    const hasEarlier = before !== undefined && before.items.some((p) => p.measures.length > 0);
    const items: Change[] = [];
    const measures: Change[] = [];

    for (const item of after?.items ?? []) {
      const l = byFrom.get(item.id);
      if (l) {
        const prior = earlierItems.get(l.toId) as LineageItem;
        const renamed = compact(prior.title) !== compact(item.title);
        items.push({ kind: renamed ? 'changed' : 'continued', id: item.id, predecessorId: l.toId, score: l.score, textScore: l.textScore, reason: text.itemLinked(item, prior, l, renamed) });
        if (l.score < options.weakBelow) {
          review.push({ kind: 'weakItemMatch', id: item.id, ministryId, predecessorId: l.toId, score: l.score, reason: `item linked with a weak score ${l.score} (below ${options.weakBelow})` });
        }
      } else {
        const best = candidates.later.get(item.id) ?? null;
        items.push({ kind: 'new', id: item.id, bestCandidate: best, reason: text.unlinked('item', before !== undefined && before.items.length > 0, options.items.threshold, best, null) });
      }
      for (const measure of item.measures) measures.push(measureChange(measure, ministryId, hasEarlier));
    }
    for (const item of before?.items ?? []) {
      for (const measure of item.measures) {
        if (byTo.has(measure.id)) continue;
        const best = candidates.earlier.get(measure.id) ?? null;
        measures.push({ kind: 'dropped', id: measure.id, bestCandidate: best, reason: text.dropped('measure', after !== undefined, best) });
      }
      if (!byTo.has(item.id)) {
        const best = candidates.earlier.get(item.id) ?? null;
        items.push({ kind: 'dropped', id: item.id, bestCandidate: best, reason: text.dropped('item', after !== undefined, best) });
      }
    }
    return { ministryId, items, measures };
  });

  function measureChange(measure: LineageMeasure, ministryId: string, hasEarlier: boolean): Change {
    const expectation = expectationOf(measure.status);
    const l = byFrom.get(measure.id);
    if (l) {
      const changed = l.textScore < options.changedBelow;
      if (expectation === 'new') {
        review.push({ kind: 'newButContinues', id: measure.id, ministryId, predecessorId: l.toId, score: l.score, reason: `tagged 【新規】 but ${l.score} alike to ${l.toId} (at least ${options.thresholds.new}): linked; is it new?` });
      } else if (l.score < options.weakBelow) {
        review.push({ kind: 'weakMatch', id: measure.id, ministryId, predecessorId: l.toId, score: l.score, reason: `${tagLabel(measure.status)} linked to ${l.toId} on a weak score ${l.score} (below ${options.weakBelow})` });
      }
      return { kind: changed ? 'changed' : 'continued', id: measure.id, predecessorId: l.toId, score: l.score, textScore: l.textScore, reason: text.measureLinked(l, changed) };
    }
    const best = candidates.later.get(measure.id) ?? null;
    const threshold = options.thresholds[expectation];
    const reason = text.unlinked('measure', hasEarlier, threshold, best, measure.status);
    if (expectation === 'continuing') review.push({ kind: 'unmatchedContinuing', id: measure.id, ministryId, bestCandidate: best, reason });
    return { kind: 'new', id: measure.id, bestCandidate: best, reason };
  }

  return { diff: { from: earlier.fiscalYear, to: later.fiscalYear, ministries }, review };
}

/** The wording of reasons. */
class Texts {
  constructor(
    private readonly earlier: LineageYear,
    private readonly later: LineageYear,
    private readonly byFrom: ReadonlyMap<string, LineageLink>,
    private readonly byTo: ReadonlyMap<string, LineageLink>,
    private readonly options: LineageOptions,
  ) {}

  measureLinked(l: LineageLink, changed: boolean): string {
    const themes = l.sharedThemes.length > 0 ? `, same themes (${l.sharedThemes.map(slug).join(', ')})` : ', no theme in common';
    if (!changed) return `continues ${l.toId}: text ${l.textScore} alike${themes}; score ${l.score}`;
    const terms = l.sharedTerms.length > 0 ? `; shared terms ${l.sharedTerms.slice(0, 4).join('、')}` : '';
    return `reworded from ${l.toId}: text ${l.textScore} alike (below ${this.options.changedBelow})${themes}${terms}; score ${l.score}`;
  }

  itemLinked(item: LineageItem, prior: LineageItem, l: LineageLink, renamed: boolean): string {
    const priorIds = new Set(prior.measures.map((m) => m.id));
    const kept = item.measures.filter((m) => priorIds.has(this.byFrom.get(m.id)?.toId ?? '')).length;
    const measures = `${kept} of its ${item.measures.length} measures continue measures of ${prior.id}`;
    if (!renamed) return `continues ${prior.id}, same title; ${measures}; score ${l.score}`;
    return `renamed from 「${prior.title}」 (${prior.id}): title ${l.textScore} alike; ${measures}; score ${l.score}`;
  }

  /** A later measure or item nothing continues into. */
  unlinked(what: 'measure' | 'item', hasEarlier: boolean, threshold: number, best: Candidate | null, status: string | null): string {
    const lead = what === 'measure' ? `${tagLabel(status)} and ` : '';
    const year = what === 'measure' ? this.earlier.measuresFiscalYear : this.earlier.fiscalYear;
    if (!hasEarlier) return `${lead}the ministry has no ${what}s in ${year} (${this.earlier.fiscalYear}'s report)`;
    return `${lead}no ${what} of the same ministry in ${year} above ${threshold}${this.bestNote(best, 'later')}`;
  }

  /** An earlier measure or item nothing continues. */
  dropped(what: 'measure' | 'item', hasLater: boolean, best: Candidate | null): string {
    const year = what === 'measure' ? this.later.measuresFiscalYear : this.later.fiscalYear;
    if (!hasLater) return `the ministry has no ${what}s in ${year} (${this.later.fiscalYear}'s report)`;
    return `no ${what} of the same ministry in ${year} continues it${this.bestNote(best, 'earlier')}`;
  }

  /** "(best 0.41: x, which continues y instead)" */
  private bestNote(best: Candidate | null, side: 'earlier' | 'later'): string {
    if (best === null || best.score <= 0) return ' (nothing alike)';
    const taken = side === 'later' ? this.byTo.get(best.id) : this.byFrom.get(best.id);
    if (!taken) return ` (best ${best.score}: ${best.id})`;
    return side === 'later' ? ` (best ${best.score}: ${best.id}, which continues into ${taken.fromId} instead)` : ` (best ${best.score}: ${best.id}, which continues ${taken.toId} instead)`;
  }
}

function slug(themeId: string): string {
  return themeId.replace(/^theme\//u, '');
}
