/**
 * The readable (Japanese) label of a node, from its properties: what a drawing shows on the node.
 */
import type { GraphNodeType } from './model';

/** Label of a node of `type` with properties `data`; falls back to the id when a field is missing. */
export function nodeLabel(type: GraphNodeType, id: string, data: Readonly<Record<string, unknown>>): string {
  const text = (key: string): string | null => (typeof data[key] === 'string' && data[key] !== '' ? (data[key] as string) : null);
  switch (type) {
    case 'Ministry':
      return text('nameJa') ?? id;
    case 'PriorityItem':
      return text('title') ?? id;
    case 'Measure': {
      const head = text('head');
      return head === null ? id : `${head}…`;
    }
    case 'Clause': {
      const path = text('path') ?? id;
      const title = text('title');
      // A plan clause's title is its label, the same as its path: show it once.
      return title === null || title === path ? path : `${path} ${title}`;
    }
    case 'Theme':
      return text('nameJa') ?? text('nameEn') ?? id;
  }
}
