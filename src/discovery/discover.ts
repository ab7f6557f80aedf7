/**
 * The discovery stage of ingest, pure and synchronous once the analyser is loaded: records →
 * themes of each measure (with the terms that show them), and each measure's most similar
 * measures (see similarity.ts). It runs over the records before the graph is written, so the
 * write stays one transaction.
 */
import type { GuidelineClauseRecord, ReportRecords } from '../ingest/records';
import { themeMatcher } from './assignThemes';
import { DEFAULT_SIMILARITY, similarPairs, type SimilarityOptions } from './similarity';
import { themeNodeId, type Taxonomy } from './taxonomy';
import type { TermTokenizer } from './tokenizer';
import { compactKey } from './normalize';

/** Guideline clauses above this level (Ⅱ, Ⅱ.3) are shared by too many measures to tell them apart. */
const MIN_CLAUSE_LEVEL = 3;

export interface ThemeRecord {
  readonly id: string;
  readonly slug: string;
  readonly nameJa: string;
  readonly nameEn: string;
  /** Position in the taxonomy, from 1. */
  readonly order: number;
  readonly terms: readonly string[];
  /** Compact keys of the terms (and of the words of `together` lists), for matching a search text. */
  readonly termKeys: readonly string[];
}

export interface MeasureThemeRecord {
  readonly measureId: string;
  readonly themeId: string;
  readonly terms: readonly string[];
}

export interface SimilarRecord {
  readonly fromId: string;
  readonly toId: string;
  readonly score: number;
  readonly textScore: number;
  readonly sameMinistry: boolean;
  readonly sharedTerms: readonly string[];
  /** Theme ids (`theme/<slug>`). */
  readonly sharedThemes: readonly string[];
}

export interface UnthemedMeasure {
  readonly measureId: string;
  readonly ministryId: string;
  readonly head: string;
  readonly line: number;
}

export interface DiscoveryRecords {
  readonly themes: readonly ThemeRecord[];
  readonly measureThemes: readonly MeasureThemeRecord[];
  readonly similar: readonly SimilarRecord[];
  /** Measures whose text names no practice of the taxonomy (for review). */
  readonly unthemed: readonly UnthemedMeasure[];
  readonly timings: { readonly termsMs: number; readonly themesMs: number; readonly similarityMs: number };
}

export interface DiscoverOptions {
  readonly similarity?: SimilarityOptions;
}

/** Themes and similar measures of the records. */
export function discover(records: ReportRecords, tokenizer: TermTokenizer, taxonomy: Taxonomy, options: DiscoverOptions = {}): DiscoveryRecords {
  const measures = records.ministries.flatMap((m) => m.priorityItems.flatMap((p) => p.measures.map((x) => ({ ministryId: m.ministryId, measure: x }))));

  let started = performance.now();
  const matcher = themeMatcher(taxonomy);
  const matches = measures.map(({ measure }) => matcher.match(measure.text));
  const themesMs = performance.now() - started;

  started = performance.now();
  const terms = measures.map(({ measure }) => tokenizer.terms(measure.text));
  const termsMs = performance.now() - started;

  started = performance.now();
  const ancestors = clauseAncestors(records.guideline);
  const pairs = similarPairs(
    measures.map(({ ministryId, measure }, i) => ({
      id: measure.id,
      group: ministryId,
      terms: terms[i],
      themes: matches[i].map((t) => t.slug),
      clauses: [...new Set(measure.clauseRefs.flatMap((path) => ancestors.get(path) ?? []))],
    })),
    options.similarity ?? DEFAULT_SIMILARITY,
  );
  const similarityMs = performance.now() - started;

  return {
    themes: taxonomy.map((t, i) => ({
      id: themeNodeId(t.slug),
      slug: t.slug,
      nameJa: t.nameJa,
      nameEn: t.nameEn,
      order: i + 1,
      terms: t.terms,
      termKeys: [...new Set([...t.terms, ...t.together.flat()].map(compactKey))],
    })),
    measureThemes: measures.flatMap(({ measure }, i) => matches[i].map((t) => ({ measureId: measure.id, themeId: themeNodeId(t.slug), terms: t.terms }))),
    similar: pairs.map((p) => ({
      fromId: p.fromId,
      toId: p.toId,
      score: p.score,
      textScore: p.textScore,
      sameMinistry: p.sameGroup,
      sharedTerms: p.sharedTerms,
      sharedThemes: p.sharedThemes.map(themeNodeId),
    })),
    unthemed: measures
      .filter((_, i) => matches[i].length === 0)
      .map(({ ministryId, measure }) => ({ measureId: measure.id, ministryId, head: measure.head, line: measure.lineStart })),
    timings: { termsMs: Math.round(termsMs), themesMs: Math.round(themesMs), similarityMs: Math.round(similarityMs) },
  };
}

/** For each guideline path, itself and its ancestors at MIN_CLAUSE_LEVEL or below. */
function clauseAncestors(guideline: readonly GuidelineClauseRecord[]): Map<string, string[]> {
  const byPath = new Map(guideline.map((c) => [c.path, c]));
  const out = new Map<string, string[]>();
  for (const c of guideline) {
    const chain: string[] = [];
    for (let at: GuidelineClauseRecord | undefined = c; at; at = at.parentPath ? byPath.get(at.parentPath) : undefined) {
      if (at.level >= MIN_CLAUSE_LEVEL) chain.push(at.path);
    }
    out.set(c.path, chain);
  }
  return out;
}
