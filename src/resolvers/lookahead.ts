/**
 * Looking ahead in the query: whether the field being resolved selects a given sub-field (directly,
 * through fragments or inline fragments), so a resolver can fetch what the next levels will ask
 * for in the same round trip.
 */
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** True if the current field's selection asks for `name` (at its first level). */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && inSet(node.selectionSet, name, info.fragments, new Set()));
}

function inSet(set: SelectionSetNode, name: string, fragments: GraphQLResolveInfo['fragments'], seen: Set<string>): boolean {
  return set.selections.some((s) => {
    switch (s.kind) {
      case 'Field':
        return s.name.value === name;
      case 'InlineFragment':
        return inSet(s.selectionSet, name, fragments, seen);
      case 'FragmentSpread': {
        const fragment = fragments[s.name.value];
        if (!fragment || seen.has(s.name.value)) return false;
        seen.add(s.name.value);
        return inSet(fragment.selectionSet, name, fragments, seen);
      }
    }
  });
}
