/**
 * What a metamorphic transform is: a pure function from a report model (and a seeded random
 * source) to a new model whose meaning — the records extraction must give — is unchanged, or changed
 * only in the way its `expect` states (a ministry removed, another fiscal year in the banner).
 */
import type { Random } from '../random';
import type { ReportModel } from '../reportModel';

export type TransformKind =
  | 'permuteTitles'
  | 'moveBanner'
  | 'addPageNumbers'
  | 'removePageNumbers'
  | 'headerPageNumbers'
  | 'splitPage'
  | 'mergePages'
  | 'movePageBreak'
  | 'widthVariants'
  | 'spacing'
  | 'reorderMinistries'
  | 'removeMinistry'
  | 'bannerYear';

/** How the extraction of the transformed report may differ from the original's. */
export interface Expectation {
  /** Ids of the ministries the transformed report no longer holds. */
  readonly removed: readonly string[];
  /** The fiscal year the report banner now names (令和7年度), or null when it is unchanged. */
  readonly fiscalYear: string | null;
}

export interface Applied {
  readonly model: ReportModel;
  /** What was done, precisely enough to find it in the text (ministries, pages, lines). */
  readonly note: string;
  readonly expect?: Partial<Expectation>;
}

export interface Transform {
  readonly kind: TransformKind;
  /** The transformed model, or null when the report offers nothing to apply it to. */
  readonly apply: (model: ReportModel, random: Random) => Applied | null;
}
