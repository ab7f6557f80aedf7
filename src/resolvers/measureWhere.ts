/**
 * `MeasureWhere` input → what a page of measures reads: the scope (where the query starts and which
 * items, ministry, clause and theme the measures must belong to, as uids of the year read) and the
 * filters every scope shares (status, text compacted like Measure.textCompact). A malformed clause
 * path is BAD_USER_INPUT.
 */
import type { MeasureFilter, MeasureScope } from '../../loaders/readers';
import type { MeasureStatus } from '../../loaders/models';
import { themeIdOf } from '../discovery/taxonomy';
import { compact } from '../ingest/text';
import { uidOf } from '../model/ids';
import { guidelineClauseIdOf } from './clausePath';

export interface MeasureWhereInput {
  readonly ministryId?: string | null;
  readonly priorityItemId?: string | null;
  readonly clausePath?: string | null;
  readonly includeDescendants?: boolean | null;
  readonly status?: MeasureStatus | null;
  readonly textContains?: string | null;
  readonly themeId?: string | null;
}

/** The filters of `where` every scope of a batch shares. */
export function measureFilter(version: string, where: MeasureWhereInput | null | undefined): MeasureFilter {
  const text = where?.textContains == null ? null : compact(where.textContains);
  return { version, status: where?.status ?? null, textContains: text === '' ? null : text };
}

/**
 * The scope of `where` in `version`; `anchor` overrides where the query starts (a ministry's,
 * clause's or theme's own measures); by default it starts from the narrowest node `where` names.
 */
export function measureScope(version: string, where: MeasureWhereInput | null | undefined, anchor: Partial<MeasureScope> = {}): MeasureScope {
  const w = where ?? {};
  const scope: MeasureScope = {
    anchor: 'all',
    itemUid: w.priorityItemId == null ? null : uidOf(version, w.priorityItemId),
    itemId: w.priorityItemId ?? null,
    ministryUid: w.ministryId == null ? null : uidOf(version, w.ministryId),
    ministryId: w.ministryId ?? null,
    clauseUid: w.clausePath == null ? null : uidOf(version, guidelineClauseIdOf(w.clausePath, 'where.clausePath')),
    includeDescendants: w.includeDescendants ?? true,
    themeUid: w.themeId == null ? null : uidOf(version, themeIdOf(w.themeId)),
    ...anchor,
  };
  if (anchor.anchor) return scope;
  const start = scope.itemUid ? 'item' : scope.ministryUid ? 'ministry' : scope.clauseUid ? 'clause' : scope.themeUid ? 'theme' : 'all';
  return { ...scope, anchor: start };
}
