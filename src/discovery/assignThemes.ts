/**
 * Which themes a text supports, with the evidence: a theme is carried when the text contains one of
 * its terms, or one sentence holds every word of one of its `together` lists. Both sides are
 * compared as compact keys (NFKC, no white space, lower case, hiragana as katakana), so width,
 * case, kana and line breaks do not matter.
 */
import { compactKey, displayForm } from './normalize';
import type { Taxonomy } from './taxonomy';

export interface ThemeMatch {
  readonly slug: string;
  /** The terms found (display form), longest first; a term inside a longer one found is left out. "A+B" for a `together` list. */
  readonly terms: readonly string[];
}

/** A taxonomy prepared for matching (keys computed once). */
export interface ThemeMatcher {
  readonly taxonomy: Taxonomy;
  /** The themes `text` supports, in taxonomy order. */
  match(text: string): ThemeMatch[];
}

/** Prepares `taxonomy` for matching many texts. */
export function themeMatcher(taxonomy: Taxonomy): ThemeMatcher {
  const prepared = taxonomy.map((theme) => ({
    theme,
    terms: theme.terms.map((t) => ({ key: compactKey(t), shown: displayForm(t) })),
    together: theme.together.map((words) => ({ keys: words.map(compactKey), shown: words.map(displayForm).join('+') })),
  }));
  return {
    taxonomy,
    match(text) {
      const key = compactKey(text);
      const sentences = key.split(/[。！？!?]/u);
      const out: ThemeMatch[] = [];
      for (const p of prepared) {
        const found = p.terms.filter((t) => key.includes(t.key));
        const pairs = p.together.filter((g) => sentences.some((s) => g.keys.every((k) => s.includes(k))));
        if (found.length === 0 && pairs.length === 0) continue;
        out.push({ slug: p.theme.slug, terms: [...evidence(found), ...pairs.map((g) => g.shown)] });
      }
      return out;
    },
  };
}

/** Matched terms, longest first, without those inside a longer matched term (キャリア in キャリアパス). */
function evidence(found: readonly { key: string; shown: string }[]): string[] {
  const sorted = [...found].sort((a, b) => b.key.length - a.key.length);
  const kept: { key: string; shown: string }[] = [];
  for (const t of sorted) if (!kept.some((k) => k.key.includes(t.key))) kept.push(t);
  return kept.map((t) => t.shown);
}
