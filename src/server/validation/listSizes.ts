/**
 * The sizes the cost estimate assumes for list fields without `first`, by schema coordinate
 * (`Type.field`); a list not named here counts as DEFAULT_LIST_SIZE items. They are upper bounds
 * seen in the bundled report, rounded up. Lists that grow with the data are connections (costed by
 * their `first`); these are the bounded ones: a ministry's clauses, a theme's clauses, the
 * measures one ministry has under one clause.
 */
export const DEFAULT_LIST_SIZE = 10;

export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Ministry.clauses': 30,
  'MinistryAtClause.measures': 30,
  'Theme.clauses': 50,
  // `graph` caps its nodes with `limit` (default 200, at most 2000); edges run about twice the nodes.
  'Graph.nodes': 200,
  'Graph.edges': 400,
};

/** The assumed size of the list field `field` of `type`. */
export function listSize(type: string, field: string): number {
  return LIST_SIZES[`${type}.${field}`] ?? DEFAULT_LIST_SIZE;
}
