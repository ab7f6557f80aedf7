/**
 * Clause paths as arguments: the canonical form (`Ⅱ.3.(1)②`) or as users type it (`II.3.(1)2`,
 * full-width digits and brackets) becomes the canonical path; anything else is BAD_USER_INPUT
 * naming the expected form. The normalisation itself is the ingest's (one definition of a path).
 */
import { normalizeClausePath } from '../ingest/clauses/clausePath';
import { guidelineClauseId } from '../model/ids';
import { badUserInput } from '../server/errors';

/** The canonical path of `input`; throws BAD_USER_INPUT if it is not a clause path. */
export function canonicalClausePath(input: string, argument = 'path'): string {
  const canonical = normalizeClausePath(input);
  if (canonical === null) {
    throw badUserInput(
      `${argument} must be a guideline clause path such as "Ⅱ.3.(1)②" (or typed "II.3.(1)2"): part Ⅰ–Ⅻ, then optionally .section, .(item), circled sub-item, katakana point; got ${JSON.stringify(input)}`,
      argument,
    );
  }
  return canonical;
}

/** The node id of the guideline clause at `input` (validated as above). */
export function guidelineClauseIdOf(input: string, argument = 'path'): string {
  return guidelineClauseId(canonicalClausePath(input, argument));
}
