/**
 * How sure a title–row alignment must be to stand without a person's look. Under this confidence
 * the ingest lists the alignment for review, `npm run review` shows it side by side with its
 * competitors, the API flags it (`Alignment.doubtful`) and the explorer marks it. One number, so
 * they all agree. 0.6: a margin of 0.375 — over a third of a title's term evidence, or of its
 * clause evidence — separates the chosen rows from the next best assignment (src/ingest/README.md).
 */
export const DOUBTFUL_CONFIDENCE = 0.6;

/** True when a machine alignment needs a person's look. Reviewed alignments never do. */
export function isDoubtful(alignment: { readonly method: string | null; readonly confidence: number | null }): boolean {
  return alignment.method !== 'REVIEWED' && (alignment.confidence ?? 0) < DOUBTFUL_CONFIDENCE;
}
