/**
 * Lineage across fiscal years: a measure's or item's predecessor and successors, a ministry's
 * timeline, and `reportDiff` between two adjacent loaded years. The links were found at ingest
 * (src/ingest/lineageRows.ts); these resolvers read them for the served versions only.
 */
import type { ChangeRow, MeasureChangeRow, MeasureLineageRow, MeasureRow, PriorityItemChangeRow, PriorityItemLineageRow, PriorityItemRow, ReportRow } from '../../loaders/models';
import type { Readers } from '../../loaders/readers';
import type { ServedReports } from '../../loaders/servedReports';
import type {
  MeasureLineageResolvers,
  MeasureResolvers,
  MinistryResolvers,
  PriorityItemLineageResolvers,
  PriorityItemResolvers,
  QueryResolvers,
  ReportDiffResolvers,
} from '../generated/graphql';
import { uidOf } from '../model/ids';
import { badUserInput, notFound } from '../server/errors';
import { reportFor } from './fiscalYear';
import { decodeCursor, encodeCursor, pageLimit } from './pagination';
import { required } from './required';

type ChangeKind = 'CONTINUED' | 'CHANGED' | 'NEW' | 'DROPPED';

/** What `reportDiff` resolves to; its fields read the diff when asked (measures and items apart). */
export interface ReportDiffParent {
  readonly from: ReportRow;
  readonly to: ReportRow;
  readonly ministryId: string | null;
  /** The diff's first page of each kind of node, read once (counts come with it). */
  readonly read: (nodes: 'Measure' | 'PriorityItem', kinds: readonly ChangeKind[] | null, afterSort: number, limit: number) => ReturnType<Readers['reportDiff']>;
}

// One loader serves both labels (a uid names one node); the row's node is of the parent's label.
export const measureLineageFields: MeasureResolvers = {
  predecessor: async (x, _args, { loaders }) => (await loaders.predecessor.load(x.uid)) as MeasureLineageRow | null,
  successors: async (x, _args, { loaders }) => (await loaders.successors.load(x.uid)) as MeasureLineageRow[],
};

export const priorityItemLineageFields: PriorityItemResolvers = {
  predecessor: async (p, _args, { loaders }) => (await loaders.predecessor.load(p.uid)) as PriorityItemLineageRow | null,
  successors: async (p, _args, { loaders }) => (await loaders.successors.load(p.uid)) as PriorityItemLineageRow[],
};

export const MeasureLineage: MeasureLineageResolvers = {
  measure: (l) => l.node,
  sharedTerms: (l) => [...l.sharedTerms],
  sharedThemes: async (l, _args, { loaders }) =>
    (await loaders.theme.loadMany(l.sharedThemes.map((id) => uidOf(l.node.version, id)))).map((t, i) => required(t instanceof Error ? null : t, 'shared theme', l.sharedThemes[i])),
};

export const PriorityItemLineage: PriorityItemLineageResolvers = {
  priorityItem: (l) => l.node,
};

export const ministryTimelineFields: MinistryResolvers = {
  timeline: (m, _args, { loaders }) => loaders.timeline.load(m.id),
};

export const ReportDiff: ReportDiffResolvers = {
  ministry: async (d, _args, { loaders }) => {
    if (d.ministryId === null) return null;
    return (await loaders.ministry.load(uidOf(d.to.version, d.ministryId))) ?? (await loaders.ministry.load(uidOf(d.from.version, d.ministryId)));
  },
  counts: async (d) => (await d.read('Measure', null, -1, 0)).counts,
  priorityItemCounts: async (d) => (await d.read('PriorityItem', null, -1, 0)).counts,
  measures: async (d, { kinds, first, after }) => changes<MeasureChangeRow>(d, 'Measure', kinds ?? null, first, after),
  priorityItems: async (d, { kinds, first, after }) => changes<PriorityItemChangeRow>(d, 'PriorityItem', kinds ?? null, first, after),
};

export const lineageQueries: QueryResolvers = {
  reportDiff: (_root, { from, to, ministryId }, { served, readers, loaders }) => {
    const [fromReport, toReport] = adjacentYears(served, from, to);
    const reads = new Map<string, ReturnType<Readers['reportDiff']>>();
    const read: ReportDiffParent['read'] = (nodes, kinds, afterSort, limit) => {
      const key = JSON.stringify([nodes, kinds, afterSort, limit]);
      let found = reads.get(key);
      if (!found) {
        found = readers.reportDiff({ nodes, fromVersion: fromReport.version, toVersion: toReport.version, ministryId: ministryId ?? null }, kinds, { afterSort, limit });
        reads.set(key, found);
      }
      return found;
    };
    const parent: ReportDiffParent = { from: fromReport, to: toReport, ministryId: ministryId ?? null, read };
    if (ministryId == null) return parent;
    // A ministry named must be in one of the two years.
    return Promise.all([loaders.ministry.load(uidOf(toReport.version, ministryId)), loaders.ministry.load(uidOf(fromReport.version, ministryId))]).then(([a, b]) => {
      if (!a && !b) throw notFound(`no ministry has the id ${JSON.stringify(ministryId)} in ${from} or ${to} (ids look like cabinet-office)`);
      return parent;
    });
  },
};

/** `from` and `to`: loaded, from < to, no loaded year between. BAD_USER_INPUT / NOT_FOUND otherwise. */
function adjacentYears(served: ServedReports, from: number, to: number): [ReportRow, ReportRow] {
  const a = reportFor(served, from, 'from');
  const b = reportFor(served, to, 'to');
  const loaded = served.reports.map((r) => r.fiscalYear).sort((x, y) => x - y);
  if (from >= to) throw badUserInput(`from must be an earlier fiscal year than to; got from ${from}, to ${to}`, 'from');
  const between = loaded.filter((y) => y > from && y < to);
  if (between.length > 0) {
    throw badUserInput(
      `reportDiff compares neighbouring loaded years (lineage is found between them); ${between.join(', ')} is loaded between ${from} and ${to}. Loaded: ${loaded.join(', ')}`,
      'to',
    );
  }
  return [a, b];
}

/** A page of changes as a connection: the cursor is the entry's place in the diff (`sort`). */
async function changes<R extends ChangeRow<MeasureRow | PriorityItemRow>>(d: ReportDiffParent, nodes: 'Measure' | 'PriorityItem', kinds: readonly ChangeKind[] | null, first: number | null | undefined, after: string | null | undefined) {
  const limit = pageLimit(first);
  let afterSort = -1;
  if (after != null) {
    const cursor = decodeCursor(after);
    // Entries are placed by the two versions compared: a cursor of another pair no longer points into this list.
    if (cursor.version !== `${d.from.version}>${d.to.version}`) throw badUserInput('after must be a cursor of this diff (the compared years were loaded again since: ask again without after)', 'after');
    afterSort = cursor.rank;
  }
  const page = await d.read(nodes, kinds, afterSort, limit);
  const entries = page.entries.slice(0, limit) as R[];
  const edges = entries.map((node) => ({
    cursor: encodeCursor({ rank: node.sort, id: (node.after ?? node.before)?.id ?? '', version: `${d.from.version}>${d.to.version}`, key: '' }),
    node,
  }));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: { hasNextPage: page.entries.length > limit, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null },
  };
}
