/**
 * Search: ministries, guideline clauses (by path as users type it, or by title) and themes are
 * matched in the browser from the directory of the year shown; words go to the server (`search`,
 * or measures by text, of that year). Results are listed by type; choosing one draws its
 * neighbourhood.
 */
import { normalizeClausePath } from '../../ingest/clauses/clausePath';
import { h, marked, matchKey } from './dom';
import { typeInfo, type NodeType } from './model';
import type { Directory } from './directory';
import { searchText, type TextHit } from './queries';

/** Everything that matches `text`, the directory's matches first, each node once. */
export async function search(text: string, directory: Directory): Promise<TextHit[]> {
  const key = matchKey(text);
  if (key === '') return [];
  const hits: TextHit[] = [];
  for (const m of directory.ministries) {
    if (matchKey(m.nameJa).includes(key) || matchKey(m.nameEn ?? '').includes(key)) hits.push({ id: m.id, type: 'Ministry', title: m.nameJa, subtitle: m.nameEn ?? '', snippet: null });
  }
  const path = normalizeClausePath(text);
  for (const c of directory.clauses) {
    if (c.path === path || matchKey(c.title).includes(key)) hits.push({ id: c.id, type: 'Clause', title: `${c.path} ${c.title}`, subtitle: '', snippet: null });
  }
  for (const t of directory.themes) {
    if (matchKey(t.label).includes(key) || matchKey(t.nameEn).includes(key)) hits.push({ id: t.id, type: 'Theme', title: t.label, subtitle: t.nameEn, snippet: null });
  }
  const seen = new Set(hits.map((hit) => hit.id));
  for (const hit of await searchText(text, directory.year.fiscalYear)) {
    if (!seen.has(hit.id)) hits.push(hit);
    seen.add(hit.id);
  }
  return hits;
}

/** Lists the hits by type in `panel`; `choose` is called with the one clicked. */
export function renderResults(panel: HTMLElement, text: string, hits: readonly TextHit[], choose: (hit: TextHit) => void): void {
  panel.hidden = false;
  if (hits.length === 0) {
    panel.replaceChildren(h('p', { class: 'hint' }, `「${text}」に一致するものはありません`));
    return;
  }
  const order: NodeType[] = ['Ministry', 'Clause', 'Theme', 'PriorityItem', 'Measure'];
  panel.replaceChildren(
    ...order.flatMap((type) => {
      const group = hits.filter((hit) => hit.type === type);
      if (group.length === 0) return [];
      return [
        h('h3', {}, `${typeInfo(type).nameJa}（${group.length}）`),
        h(
          'ul',
          {},
          ...group.map((hit) =>
            h(
              'li',
              { 'data-id': hit.id, 'data-type': hit.type },
              h('button', { type: 'button', class: 'link', onclick: () => choose(hit) }, hit.title),
              hit.subtitle ? h('span', { class: 'score' }, hit.subtitle) : null,
              hit.snippet ? h('span', { class: 'snippet' }, ...marked(hit.snippet)) : null,
            ),
          ),
        ),
      ];
    }),
  );
}
