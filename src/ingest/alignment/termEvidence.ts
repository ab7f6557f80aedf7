/**
 * Evidence `terms`: the title's content terms found in the row's measure text (the A cell), and
 * evidence `plan`: found in the labels of the row's references to the ministry's own plan.
 *
 * Both are the share of the title's term weight the row holds. A term's weight is the title's (see
 * views.ts) times its rarity among the ministry's own rows: log(1 + n/df) / log(1 + n) for a term in
 * df of n rows (a term in no row counts as in one). Only the ministry's own table is counted, so
 * another ministry's text can never change this ministry's alignment.
 */
import { shown, type Finding, type Scorer } from './finding';
import type { MinistryView, RowView, TitleView } from './views';

/** Title terms in the row's measure text. */
export function termEvidence(view: MinistryView): Scorer {
  return coverage(view, (row) => row.terms, (found) => `shared terms: ${found}`);
}

/** Title terms in the labels of the row's own-plan references ("（２）人員配置等"). */
export function planEvidence(view: MinistryView): Scorer {
  return coverage(view, (row) => row.planTerms, (found) => `own-plan reference names: ${found}`);
}

function coverage(view: MinistryView, termsOf: (row: RowView) => ReadonlyMap<string, string>, say: (found: string) => string): Scorer {
  const n = view.rows.length;
  const df = new Map<string, number>();
  for (const row of view.rows) for (const key of termsOf(row).keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const rarity = (key: string): number => (n <= 1 ? 1 : Math.log(1 + n / Math.max(1, df.get(key) ?? 0)) / Math.log(1 + n));

  return (title: TitleView, row: RowView): Finding | null => {
    const terms = termsOf(row);
    let total = 0;
    let held = 0;
    const found: { surface: string; weight: number }[] = [];
    for (const t of title.terms) {
      const w = t.weight * rarity(t.key);
      total += w;
      if (terms.has(t.key)) {
        held += w;
        found.push({ surface: t.surface, weight: w });
      }
    }
    if (held === 0 || total === 0) return null;
    found.sort((a, b) => b.weight - a.weight || (a.surface < b.surface ? -1 : 1));
    return { value: held / total, detail: say(shown(found.map((f) => f.surface))) };
  };
}
