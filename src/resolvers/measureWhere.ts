/**
 * `MeasureWhere` input → the filter the `measures` query takes: clause path to canonical clause id
 * (BAD_USER_INPUT if malformed), text compacted like Measure.textCompact.
 */
import type { MeasureFilter } from '../../loaders/readers';
import type { MeasureStatus } from '../../loaders/models';
import { themeIdOf } from '../discovery/taxonomy';
import { compact } from '../ingest/text';
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

export function measureFilter(where: MeasureWhereInput | null | undefined): MeasureFilter {
  const w = where ?? {};
  const text = w.textContains == null ? null : compact(w.textContains);
  return {
    ministryId: w.ministryId ?? null,
    priorityItemId: w.priorityItemId ?? null,
    clauseId: w.clausePath == null ? null : guidelineClauseIdOf(w.clausePath, 'where.clausePath'),
    includeDescendants: w.includeDescendants ?? true,
    status: w.status ?? null,
    textContains: text === '' ? null : text,
    themeId: w.themeId == null ? null : themeIdOf(w.themeId),
  };
}
