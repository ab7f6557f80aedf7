/**
 * Looking ahead in the query: whether the field being resolved selects a given sub-field (directly,
 * through fragments or inline fragments), or a chain of them, so a resolver can fetch what the next
 * levels will ask for in the same round trip.
 */
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** True if the current field's selection asks for `name` (at its first level). */
export function selects(info: Info, name: string): boolean {
  return selectsPath(info, [name]);
}

/**
 * True if the current field's selection asks for the chain `path`, e.g. ['priorityItems', 'measures']:
 * a `priorityItems` field whose own selection has `measures`.
 */
export function selectsPath(info: Info, path: readonly string[]): boolean {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const [i, name] of path.entries()) {
    const fields = sets.flatMap((set) => fieldsNamed(set, name, info.fragments, new Set()));
    if (fields.length === 0) return false;
    if (i === path.length - 1) return true;
    sets = fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return path.length === 0;
}

/** The fields called `name` at the first level of `set`, looking through fragments. */
function fieldsNamed(set: SelectionSetNode, name: string, fragments: Info['fragments'], seen: Set<string>): FieldNode[] {
  return set.selections.flatMap((s): FieldNode[] => {
    switch (s.kind) {
      case 'Field':
        return s.name.value === name ? [s] : [];
      case 'InlineFragment':
        return fieldsNamed(s.selectionSet, name, fragments, seen);
      case 'FragmentSpread': {
        const fragment = fragments[s.name.value];
        if (!fragment || seen.has(s.name.value)) return [];
        seen.add(s.name.value);
        return fieldsNamed(fragment.selectionSet, name, fragments, seen);
      }
      default:
        return [];
    }
  });
}
