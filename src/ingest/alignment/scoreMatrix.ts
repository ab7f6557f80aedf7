/**
 * Every kind of evidence for every title and row of a ministry, weighted and summed. The weights are
 * the stage's one tuning knob; src/ingest/README.md says why each is what it is.
 */
import type { GuidelineTree } from '../clauses';
import { clauseEvidence } from './clauseEvidence';
import type { Scorer } from './finding';
import { flowEvidence } from './flowEvidence';
import type { AlignmentKnowledge } from './knowledge';
import { planEvidence, termEvidence } from './termEvidence';
import { themeEvidence } from './themeEvidence';
import type { MinistryView } from './views';

/** The kinds of evidence a machine alignment weighs, and their weights (a finding is 0…1). */
export const EVIDENCE_WEIGHTS = {
  terms: 1,
  clauses: 0.9,
  themes: 0.4,
  plan: 0.4,
  flow: 0.5,
} as const;

export type MachineEvidenceKind = keyof typeof EVIDENCE_WEIGHTS;

/** One piece of evidence for an alignment; `weight` is what it adds to the title–row score. */
export interface Evidence {
  readonly kind: MachineEvidenceKind | 'review';
  readonly detail: string;
  readonly weight: number;
}

export interface ScoredPair {
  readonly total: number;
  readonly evidence: readonly Evidence[];
}

export type EvidenceWeights = Readonly<Record<MachineEvidenceKind, number>>;

/**
 * `[title][row]`: the evidence for each title (in `view.titles` order) and row. Other `weights` than
 * EVIDENCE_WEIGHTS are for sensitivity checks (scripts/alignmentRobustness.ts).
 */
export function evidenceMatrix(view: MinistryView, tree: GuidelineTree, knowledge: AlignmentKnowledge, weights: EvidenceWeights = EVIDENCE_WEIGHTS): ScoredPair[][] {
  const scorers: Record<MachineEvidenceKind, Scorer> = {
    terms: termEvidence(view),
    clauses: clauseEvidence(tree, knowledge),
    themes: themeEvidence(),
    plan: planEvidence(view),
    flow: flowEvidence(view),
  };
  const kinds = Object.keys(weights) as MachineEvidenceKind[];
  return view.titles.map((title) =>
    view.rows.map((row) => {
      const evidence: Evidence[] = [];
      for (const kind of kinds) {
        const finding = scorers[kind](title, row);
        if (finding && finding.value > 0) evidence.push({ kind, detail: finding.detail, weight: round(weights[kind] * finding.value) });
      }
      return { total: round(evidence.reduce((s, e) => s + e.weight, 0)), evidence };
    }),
  );
}

/** Scores are rounded so that sums do not depend on the order they were added in. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
