/**
 * The sizes the cost estimate assumes for list fields without `first`, by schema coordinate
 * (`Type.field`); a list not named here counts as DEFAULT_LIST_SIZE items. They are upper bounds
 * seen in the bundled report, rounded up: Clause.measures is every measure below a part of the
 * guideline (172 under Ⅱ), so a list of clauses each listing its measures costs what it returns.
 */
export const DEFAULT_LIST_SIZE = 10;

export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.ministriesSharingClause': 30,
  'Query.clauses': 50,
  'Ministry.clauses': 30,
  'MinistryAtClause.measures': 30,
  'Clause.measures': 200,
  'Clause.ministries': 30,
  'Theme.measures': 200,
  'Theme.ministries': 30,
  'Theme.clauses': 50,
  // `graph` caps its nodes with `limit` (default 200, at most 2000); edges run about twice the nodes.
  'Graph.nodes': 200,
  'Graph.edges': 400,
};

/** The assumed size of the list field `field` of `type`. */
export function listSize(type: string, field: string): number {
  return LIST_SIZES[`${type}.${field}`] ?? DEFAULT_LIST_SIZE;
}
