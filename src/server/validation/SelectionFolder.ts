/**
 * Shared by the limit rules: folds the fields an operation selects into one number (a depth, a
 * count, a cost), with fragments followed where they are spread and introspection fields skipped.
 * A fragment's value is computed once and reused at each spread, so a document that spreads
 * fragments many times over costs linear work to check; a fragment cycle (reported by graphql-js's
 * NoFragmentCyclesRule) counts as 0 where it closes.
 */
import {
  isCompositeType,
  typeFromAST,
  type FieldNode,
  type GraphQLCompositeType,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** Value of one field given the type it is selected on (undefined if unknown to the schema). */
export type FieldValue = (field: FieldNode, parentType: GraphQLCompositeType | undefined) => number;

/**
 * Nesting beyond which folding stops (the rest counts as 0): it keeps the recursion — and the
 * stack — bounded for a hostile 10 000-level document, which MaxDepthRule rejects anyway.
 */
export const MAX_FOLD_NESTING = 200;

export class SelectionFolder {
  private readonly fragments = new Map<string, number>();
  private readonly open = new Set<string>();
  private nesting = 0;

  constructor(
    private readonly context: ValidationContext,
    private readonly field: FieldValue,
    /** How sibling values combine: + for counts and costs, max for depth. */
    private readonly combine: (a: number, b: number) => number,
  ) {}

  /** The folded value of `selectionSet`, selected on `parentType`. */
  fold(selectionSet: SelectionSetNode, parentType: GraphQLCompositeType | undefined): number {
    if (this.nesting >= MAX_FOLD_NESTING) return 0;
    this.nesting++;
    try {
      return this.foldSet(selectionSet, parentType);
    } finally {
      this.nesting--;
    }
  }

  private foldSet(selectionSet: SelectionSetNode, parentType: GraphQLCompositeType | undefined): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      switch (selection.kind) {
        case 'Field':
          if (!selection.name.value.startsWith('__')) total = this.combine(total, this.field(selection, parentType));
          break;
        case 'InlineFragment': {
          const type = selection.typeCondition ? this.compositeType(selection.typeCondition) : parentType;
          total = this.combine(total, this.fold(selection.selectionSet, type));
          break;
        }
        case 'FragmentSpread':
          total = this.combine(total, this.fragment(selection.name.value));
          break;
      }
    }
    return total;
  }

  private fragment(name: string): number {
    const known = this.fragments.get(name);
    if (known !== undefined) return known;
    const definition = this.context.getFragment(name);
    if (!definition || this.open.has(name)) return 0;
    this.open.add(name);
    const value = this.fold(definition.selectionSet, this.compositeType(definition.typeCondition));
    this.open.delete(name);
    this.fragments.set(name, value);
    return value;
  }

  private compositeType(node: Parameters<typeof typeFromAST>[1]): GraphQLCompositeType | undefined {
    const type = typeFromAST(this.context.getSchema(), node);
    return type && isCompositeType(type) ? type : undefined;
  }
}
