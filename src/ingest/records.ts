/**
 * The records extraction produces (SPEC's shape, with ids, provenance and alignment evidence added).
 * They are plain JSON: `npm run extract` prints them and the graph writer loads them.
 */

export interface ReportInfo {
  /** The report's title as printed in its page banner. */
  readonly title: string;
  /** The follow-up's year (令和６年度) and the year whose measures it reports (令和５年度). */
  readonly fiscalYear: string;
  readonly measuresFiscalYear: string;
  /** File name the text was read from, and the SHA-256 of its bytes. */
  readonly source: string;
  readonly sha256: string;
}

export interface MeasureRecord {
  /** Stable id: `<ministry>/p<item>/m<measure>`, e.g. `cabinet-office/p2/m3`. */
  readonly id: string;
  readonly order: number;
  readonly status: string | null;
  readonly head: string;
  readonly text: string;
  readonly lineStart: number;
  readonly lineEnd: number;
  /** Clause paths of the measure's own row (a subset of its item's). */
  readonly clauseRefs: readonly string[];
  readonly planRefs: readonly string[];
}

export interface ItemRecord {
  /** Stable id: `<ministry>/p<item>`. */
  readonly id: string;
  readonly title: string;
  readonly order: number;
  readonly clauseRefs: readonly string[];
  readonly planRefs: readonly string[];
  /** The item's B cells as printed, line breaks removed. */
  readonly rawClauses: readonly string[];
  readonly measures: readonly MeasureRecord[];
  /** How the title was matched to its rows, for review. */
  readonly alignment: {
    /** MACHINE: by the evidence; REVIEWED: as a person decided (`parseReport`'s `reviews`). */
    readonly method: 'MACHINE' | 'REVIEWED';
    /** 0…1: the margin by which the joint alignment prefers these rows (1 when reviewed). */
    readonly confidence: number;
    /** What tied the title to its rows, one entry per kind; `weight` is what it added to the score. */
    readonly evidence: readonly AlignmentEvidence[];
    /** Content keys (first 12 hex of SHA-256 of the NFKC text without white space): the title's, its rows' (A+B). */
    readonly titleKey: string;
    readonly rowKeys: readonly string[];
    readonly titleLines: readonly number[];
    readonly rows: readonly { readonly lineStart: number; readonly lineEnd: number }[];
  };
}

export interface AlignmentEvidence {
  /** terms, clauses, themes, plan, flow, or review (see src/ingest/README.md). */
  readonly kind: string;
  readonly detail: string;
  readonly weight: number;
}

/** A ministry's titles and rows side by side with the evidence total of every pair, for review tools. */
export interface AlignmentCandidatesRecord {
  readonly ministryId: string;
  /** Titles in item order, titles without rows last. */
  readonly titles: readonly { readonly key: string; readonly text: string; readonly line: number }[];
  readonly rows: readonly {
    readonly key: string;
    readonly lineStart: number;
    readonly lineEnd: number;
    /** The first 15 characters of the row's measure text (as a measure's head). */
    readonly head: string;
    readonly clauseRefs: readonly string[];
  }[];
  /** `[title][row]`: the summed evidence weights. */
  readonly scores: readonly (readonly number[])[];
}

export interface MinistryRecord {
  /** Japanese name (SPEC's `ministry`): the directory's, or for a ministry it does not know the banner's in NFKC. */
  readonly ministry: string;
  readonly ministryId: string;
  /** Null for a ministry data/ministries.tsv does not know (flagged for review). */
  readonly nameEn: string | null;
  /** Position in the report, from 1. */
  readonly order: number;
  readonly lineStart: number;
  readonly lineEnd: number;
  readonly priorityItems: readonly ItemRecord[];
}

export interface GuidelineClauseRecord {
  readonly path: string;
  readonly kind: string;
  readonly level: number;
  readonly title: string;
  readonly variants: readonly string[];
  readonly parentPath: string | null;
}

/** Something a person should look at: a doubtful alignment, a row without clauses, a stray title. */
export interface ReviewNote {
  readonly ministryId: string;
  readonly line: number;
  readonly reason: string;
}

export interface ReportRecords {
  readonly report: ReportInfo;
  readonly ministries: readonly MinistryRecord[];
  readonly guideline: readonly GuidelineClauseRecord[];
  readonly review: readonly ReviewNote[];
  /** Per ministry with rows, the alignment candidates (competing titles and rows with their scores). */
  readonly alignments: readonly AlignmentCandidatesRecord[];
}
