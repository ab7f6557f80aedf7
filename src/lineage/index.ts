/** Lineage between two years of the report (see README.md). */
export { classifyLineage, type ClassifyInput, type LineageCandidates } from './classifyLineage';
export { lineageYearFromRecords, lineageYearFromRows, type LineageItem, type LineageMeasure, type LineageMinistry, type LineageRow, type LineageYear } from './lineageYear';
export { matchLineage, type LineageTools } from './matchLineage';
export { DEFAULT_LINEAGE, expectationOf, type Expectation, type LineageOptions } from './options';
export { clauseKeys } from './pairEvidence';
export type { Candidate, Change, ChangeKind, LineageDiff, LineageLink, LineageResult, LineageReviewNote, MinistryDiff } from './types';
