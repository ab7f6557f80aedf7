/**
 * Public API of the clause-reference stage: parse a B cell, build the guideline tree from all the
 * report's B cells, resolve a cell to clause paths and plan references, normalise a typed path.
 */
export type {
  ClauseCellInput,
  ClauseLevel,
  GuidelineClause,
  GuidelineTree,
  Segment,
  SegmentNode,
} from './types';
export { CLAUSE_LEVELS } from './types';
export { parseClauseRef, chainsOf, type ParsedClauseRef, type ReferenceBlock } from './parseClauseRef';
export { buildGuidelineTree, OWN_PLAN_CONFLICTS } from './guidelineTree';
export { resolveClauseCell, type ClauseCellResolution } from './resolveClauses';
export { normalizeClausePath } from './clausePath';
export { titleKey } from './titleMatch';
