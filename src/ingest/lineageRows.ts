/**
 * Lineage at ingest: the year being loaded is matched with the loaded year just before it and the
 * one just after it (src/lineage/), and the result becomes rows for the graph writer — CONTINUES
 * links from a later measure (item) to its predecessor, and one (:Lineage) per pair of versions
 * holding what is new in the later year and what was dropped from the earlier one, with reasons.
 * The links of the year after (a version already served) point at the version being staged: they
 * are seen once it is switched in, since every lineage read names the served versions.
 */
import { lineageYearFromRecords, lineageYearFromRows, matchLineage, type Change, type LineageLink, type LineageRow, type LineageTools, type LineageYear } from '../lineage';
import type { Executor } from '../db/executor';
import { fiscalYearOfVersion, uidOf, yearScopedId } from '../model/ids';
import type { LinkRow } from './graphRows';
import type { ReportRecords, ReviewNote } from './records';
import type { ExtraLinks } from './versions';

/** A year of the graph the new one is matched with: its fiscal year, the version served, its Japanese names. */
export interface NeighbourYear {
  readonly fiscalYear: number;
  readonly version: string;
  readonly fiscalYearJa: string;
  readonly measuresFiscalYearJa: string | null;
}

export interface LineageWrites {
  readonly extra: ExtraLinks;
  readonly review: ReviewNote[];
  readonly links: number;
}

/** The new year's lineage input from its records, with graph ids (`2025/cabinet-office/p2/m3`). */
export function lineageYearOfRecords(records: ReportRecords, fiscalYear: number): LineageYear {
  const year = lineageYearFromRecords(records);
  const scoped = (id: string): string => yearScopedId(fiscalYear, id);
  return {
    ...year,
    ministries: year.ministries.map((m) => ({
      ...m,
      items: m.items.map((p) => ({ ...p, id: scoped(p.id), measures: p.measures.map((x) => ({ ...x, id: scoped(x.id) })) })),
    })),
  };
}

/** A served year's lineage input, read from the graph. */
export async function lineageYearOfGraph(executor: Executor, year: NeighbourYear): Promise<LineageYear> {
  const rows = (await executor.read('read/lineageYear', { version: year.version })) as unknown as LineageRow[];
  return lineageYearFromRows({ fiscalYear: year.fiscalYearJa, measuresFiscalYear: year.measuresFiscalYearJa ?? '' }, rows);
}

/**
 * Matches the new year (`version`) with its neighbours and returns the rows to stage with it and the
 * notes for the review list. No neighbour: nothing.
 */
export async function lineageWrites(
  executor: Executor,
  tools: LineageTools,
  current: { readonly year: LineageYear; readonly version: string; readonly records: ReportRecords },
  neighbours: { readonly earlier: NeighbourYear | null; readonly later: NeighbourYear | null },
): Promise<LineageWrites> {
  const pairs: { earlier: LineageYear; earlierVersion: string; later: LineageYear; laterVersion: string; laterYear: number; earlierYear: number }[] = [];
  const fiscalYear = fiscalYearOfVersion(current.version);
  if (neighbours.earlier) {
    pairs.push({ earlier: await lineageYearOfGraph(executor, neighbours.earlier), earlierVersion: neighbours.earlier.version, earlierYear: neighbours.earlier.fiscalYear, later: current.year, laterVersion: current.version, laterYear: fiscalYear });
  }
  if (neighbours.later) {
    pairs.push({ earlier: current.year, earlierVersion: current.version, earlierYear: fiscalYear, later: await lineageYearOfGraph(executor, neighbours.later), laterVersion: neighbours.later.version, laterYear: neighbours.later.fiscalYear });
  }
  const measureLinks: LinkRow[] = [];
  const itemLinks: LinkRow[] = [];
  const lineage: Record<string, unknown>[] = [];
  const review: ReviewNote[] = [];
  const lineOf = new Map(current.records.ministries.flatMap((m) => m.priorityItems.flatMap((p) => p.measures.map((x) => [yearScopedId(fiscalYear, x.id), x.lineStart] as const))));
  for (const pair of pairs) {
    const result = matchLineage(pair.earlier, pair.later, tools);
    const linkOf = new Map([...result.measureLinks, ...result.itemLinks].map((l) => [l.fromId, l]));
    const changes = result.diff.ministries.flatMap((m) => [...m.measures.map((c) => ({ c, label: 'measure' as const })), ...m.items.map((c) => ({ c, label: 'item' as const }))]);
    const entry = (version: string, c: Change) => ({ uid: uidOf(version, c.id), props: entryProps(c) });
    for (const { c, label } of changes) {
      if (c.kind === 'continued' || c.kind === 'changed') {
        const link = linkOf.get(c.id) as LineageLink;
        (label === 'measure' ? measureLinks : itemLinks).push({
          from: uidOf(pair.laterVersion, c.id),
          to: uidOf(pair.earlierVersion, c.predecessorId),
          props: { score: c.score, textScore: c.textScore, sharedTerms: link.sharedTerms, sharedThemes: link.sharedThemes, kind: c.kind.toUpperCase(), reason: c.reason },
        });
      }
    }
    const pick = (kind: 'new' | 'dropped', label: 'measure' | 'item') =>
      changes.filter((x) => x.c.kind === kind && x.label === label).map((x) => entry(kind === 'new' ? pair.laterVersion : pair.earlierVersion, x.c));
    lineage.push({
      uid: `${pair.earlierVersion}>${pair.laterVersion}`,
      props: { uid: `${pair.earlierVersion}>${pair.laterVersion}`, fromVersion: pair.earlierVersion, toVersion: pair.laterVersion, fromYear: pair.earlierYear, toYear: pair.laterYear },
      newMeasures: pick('new', 'measure'),
      newItems: pick('new', 'item'),
      droppedMeasures: pick('dropped', 'measure'),
      droppedItems: pick('dropped', 'item'),
    });
    for (const note of result.review) {
      review.push({ ministryId: note.ministryId, line: lineOf.get(note.id) ?? 0, reason: `lineage ${pair.earlierYear}→${pair.laterYear}, ${note.id}: ${note.reason}` });
    }
  }
  return {
    extra: [
      { query: 'write/linkMeasureContinues', rows: measureLinks },
      { query: 'write/linkItemContinues', rows: itemLinks },
      { query: 'write/stageLineage', rows: lineage as unknown as LinkRow[] },
    ],
    review,
    links: measureLinks.length + itemLinks.length,
  };
}

function entryProps(c: Change): Record<string, unknown> {
  if (c.kind === 'new' || c.kind === 'dropped') return { reason: c.reason, bestId: c.bestCandidate?.id ?? null, bestScore: c.bestCandidate?.score ?? null };
  return { reason: c.reason };
}
