/**
 * Evidence `themes`: practices of the theme taxonomy (data/themes.json) that both the title and the
 * row's measure text point to — the same practice in other words (在宅勤務 and テレワーク are one theme).
 *
 * The title's themes come two ways: found in its text (taxonomy terms), and through its concepts
 * (data/clause-meanings.json: 働きやすさ is realised by telework, paperless work, overtime reduction…).
 * A theme found in the title counts when the row has it. A concept counts by focus: the share of the
 * row's themes that realise it (a row all about telework and leave is about 働きやすさ; a row about
 * 1on1 and surveys that once says 働きやすさ is not). The finding is the weighted mean over the
 * title's themes and concepts.
 */
import { shown, type Finding, type Scorer } from './finding';
import type { RowView, TitleView } from './views';

/** The theme evidence. */
export function themeEvidence(): Scorer {
  return (title: TitleView, row: RowView): Finding | null => {
    let total = 0;
    let held = 0;
    const said: string[] = [];
    for (const theme of title.themes) {
      total += theme.weight;
      if (row.themes.has(theme.slug)) {
        held += theme.weight;
        said.push(`theme: ${theme.slug}`);
      }
    }
    for (const { concept, weight } of title.concepts) {
      if (concept.themes.length === 0) continue;
      total += weight;
      const realising = [...row.themes.keys()].filter((slug) => concept.themes.includes(slug));
      if (realising.length === 0) continue;
      held += (weight * realising.length) / row.themes.size;
      said.push(`${concept.id} through ${shown(realising, 3)} (${realising.length} of the row's ${row.themes.size} themes)`);
    }
    if (held === 0 || total === 0) return null;
    return { value: held / total, detail: said.join('; ') };
  };
}
