/**
 * Records to the rows the graph writer sends (pure): one row per node with its key (uid), its
 * properties, and the keys of what it links to; one row per relationship. Every node belongs to the
 * version being written (see src/model/ids.ts for the id scheme).
 */
import type { DiscoveryRecords } from '../discovery/discover';
import { isDoubtful } from '../model/alignment';
import { guidelineClauseId, planClauseId, uidOf, yearScopedId } from '../model/ids';
import { statusEnum } from '../model/status';
import type { ReportRecords } from './records';
import { compact } from './text';

/** Where the rows go: the report's fiscal year and the version being written. */
export interface VersionTarget {
  readonly fiscalYear: number;
  readonly version: string;
}

type Props = Record<string, unknown>;

export interface NodeRow {
  readonly uid: string;
  readonly props: Props;
}

export interface ChildRow extends NodeRow {
  /** The uid of the node that holds it (ministry of an item, item of a measure). */
  readonly parentUid: string;
}

export interface LinkRow {
  readonly from: string;
  readonly to: string;
  readonly props?: Props;
}

export interface GraphRows {
  readonly ministries: readonly NodeRow[];
  readonly items: readonly ChildRow[];
  readonly measures: readonly ChildRow[];
  readonly clauses: readonly NodeRow[];
  readonly themes: readonly NodeRow[];
  readonly clauseTree: readonly LinkRow[];
  readonly planClauses: readonly LinkRow[];
  readonly measureClauses: readonly LinkRow[];
  readonly measureThemes: readonly LinkRow[];
  readonly similar: readonly LinkRow[];
}

/** Ranks order a year's nodes of one label as the report prints them (keyset pagination). */
export const itemRank = (ministryOrder: number, itemOrder: number): number => ministryOrder * 1000 + itemOrder;
export const measureRank = (ministryOrder: number, itemOrder: number, measureOrder: number): number =>
  ministryOrder * 1_000_000 + itemOrder * 1000 + measureOrder;

/** The rows of a report's records (and, when given, its discovery records) for one version. */
export function graphRows(records: ReportRecords, target: VersionTarget, discovery?: DiscoveryRecords): GraphRows {
  const { fiscalYear, version } = target;
  const node = (id: string, props: Props): NodeRow => ({ uid: uidOf(version, id), props: { ...props, id, uid: uidOf(version, id), version, fiscalYear } });
  const scoped = (localId: string): string => yearScopedId(fiscalYear, localId);
  const uid = (id: string): string => uidOf(version, id);

  const ministries = records.ministries.map((m) =>
    node(m.ministryId, { nameJa: m.ministry, nameEn: m.nameEn || null, order: m.order, rank: m.order, lineStart: m.lineStart, lineEnd: m.lineEnd }),
  );
  const items = records.ministries.flatMap((m) =>
    m.priorityItems.map(
      (p): ChildRow => ({
        ...node(scoped(p.id), {
          ministryId: m.ministryId,
          title: p.title,
          order: p.order,
          rank: itemRank(m.order, p.order),
          rawClauses: p.rawClauses,
          alignmentConfidence: p.alignment.confidence,
          alignmentMethod: p.alignment.method,
          // Stored for exports and drawings (a spreadsheet filters on it); the API derives the same.
          alignmentDoubtful: isDoubtful(p.alignment),
          // A property cannot hold a list of maps: the evidence is kept as JSON text.
          alignmentEvidence: JSON.stringify(p.alignment.evidence),
          titleKey: p.alignment.titleKey,
          rowKeys: p.alignment.rowKeys,
          titleLines: p.alignment.titleLines,
        }),
        parentUid: uid(m.ministryId),
      }),
    ),
  );
  const measures = records.ministries.flatMap((m) =>
    m.priorityItems.flatMap((p) =>
      p.measures.map(
        (x): ChildRow => ({
          ...node(scoped(x.id), {
            itemId: scoped(p.id),
            ministryId: m.ministryId,
            text: x.text,
            head: x.head,
            status: statusEnum(x.status),
            statusJa: x.status,
            order: x.order,
            rank: measureRank(m.order, p.order, x.order),
            lineStart: x.lineStart,
            lineEnd: x.lineEnd,
            textCompact: compact(x.text),
          }),
          parentUid: uid(scoped(p.id)),
        }),
      ),
    ),
  );

  const guideline = records.guideline.map((c) =>
    node(guidelineClauseId(c.path), { path: c.path, title: c.title, titleVariants: c.variants, level: c.level, kind: 'GUIDELINE', ministryId: null }),
  );
  const plans = new Map<string, NodeRow & { ministryId: string }>();
  for (const m of records.ministries) {
    for (const label of m.priorityItems.flatMap((p) => p.planRefs)) {
      const id = planClauseId(m.ministryId, compact(label));
      if (!plans.has(id)) plans.set(id, { ...node(id, { path: label, title: label, titleVariants: [], level: 0, kind: 'PLAN', ministryId: m.ministryId }), ministryId: m.ministryId });
    }
  }
  const clauseTree = records.guideline
    .filter((c) => c.parentPath !== null)
    .map((c) => ({ from: uid(guidelineClauseId(c.parentPath as string)), to: uid(guidelineClauseId(c.path)) }));
  const planClauses = [...plans.values()].map((c) => ({ from: uid(c.ministryId), to: c.uid }));
  const measureClauses = records.ministries.flatMap((m) =>
    m.priorityItems.flatMap((p) =>
      p.measures.flatMap((x) => [
        ...x.clauseRefs.map((path) => ({ from: uid(scoped(x.id)), to: uid(guidelineClauseId(path)) })),
        ...x.planRefs.map((label) => ({ from: uid(scoped(x.id)), to: uid(planClauseId(m.ministryId, compact(label))) })),
      ]),
    ),
  );

  const themes = (discovery?.themes ?? []).map((t) =>
    node(t.id, { slug: t.slug, nameJa: t.nameJa, nameEn: t.nameEn, order: t.order, terms: t.terms, termKeys: t.termKeys, searchText: [t.nameJa, t.nameEn, ...t.terms].join(' ') }),
  );
  const measureThemes = (discovery?.measureThemes ?? []).map((l) => ({ from: uid(scoped(l.measureId)), to: uid(l.themeId), props: { terms: l.terms } }));
  const similar = (discovery?.similar ?? []).map((s) => ({
    from: uid(scoped(s.fromId)),
    to: uid(scoped(s.toId)),
    props: { score: s.score, textScore: s.textScore, sameMinistry: s.sameMinistry, sharedTerms: s.sharedTerms, sharedThemes: s.sharedThemes },
  }));

  // Clauses are listed guideline first, then by path: their rank is that position.
  const clauses = [...guideline, ...[...plans.values()].map(({ uid: u, props }) => ({ uid: u, props }))]
    .sort((a, b) => compareClauses(a.props, b.props))
    .map((c, i) => ({ uid: c.uid, props: { ...c.props, rank: i + 1 } }));
  return {
    ministries,
    items,
    measures,
    clauses,
    themes,
    clauseTree,
    planClauses,
    measureClauses,
    measureThemes,
    similar,
  };
}

/** GUIDELINE before PLAN, then by path (code point order, as Cypher's ORDER BY sorts strings). */
function compareClauses(a: Props, b: Props): number {
  const key = (p: Props): string => `${String(p.kind)}\u0000${String(p.path)}`;
  const [ka, kb] = [key(a), key(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
