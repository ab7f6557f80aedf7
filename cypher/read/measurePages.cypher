// Pages of measures in report order, filtered: one page per scope of $scopes (a DataLoader batch:
// `Ministry.measures`, `Clause.measures` and `Theme.measures` of every parent in an answer share one
// round trip; the root `measures` query is one scope). A scope starts from one node, its `anchor`:
// the priority item, ministry, clause or theme of `itemUid`, `ministryUid`, `clauseUid`, `themeUid`,
// or every measure of $version ('all'); the other filters of the scope (`itemId`, `ministryId`,
// `clauseUid` with `includeDescendants`, `themeUid`) and $status, $textContains (compacted: NFKC, no
// white space, like Measure.textCompact) must hold too. `totalCount` counts every match; `nodes`
// are the matches after $afterRank (keyset), at most $limit + 1 (one more tells the caller there is
// a next page). Each measure comes with its priority item and ministry, so the page's resolvers need
// no more round trips.
UNWIND $scopes AS scope
CALL {
  WITH scope
  WITH scope WHERE scope.anchor = 'item'
  MATCH (:PriorityItem {uid: scope.itemUid})-[:HAS_MEASURE]->(x:Measure)
  RETURN x
  UNION
  WITH scope
  WITH scope WHERE scope.anchor = 'ministry'
  MATCH (:Ministry {uid: scope.ministryUid})-[:HAS_PRIORITY]->(:PriorityItem)-[:HAS_MEASURE]->(x:Measure)
  RETURN x
  UNION
  WITH scope
  WITH scope WHERE scope.anchor = 'clause'
  MATCH (c:Clause {uid: scope.clauseUid})-[:HAS_CHILD*0..]->(d:Clause)<-[:UNDER_CLAUSE]-(x:Measure)
  WHERE scope.includeDescendants OR d = c
  RETURN DISTINCT x
  UNION
  WITH scope
  WITH scope WHERE scope.anchor = 'theme'
  MATCH (x:Measure)-[:HAS_THEME]->(:Theme {uid: scope.themeUid})
  RETURN x
  UNION
  WITH scope
  WITH scope WHERE scope.anchor = 'all' AND $textContains IS NULL
  MATCH (x:Measure) WHERE x.version = $version
  RETURN x
  UNION
  WITH scope
  WITH scope WHERE scope.anchor = 'all' AND $textContains IS NOT NULL
  // From the text index (measure_text_compact): CONTAINS alone would read every measure's text.
  MATCH (x:Measure) WHERE x.textCompact CONTAINS $textContains AND x.version = $version
  RETURN x
}
WITH scope, x
WHERE (scope.ministryId IS NULL OR x.ministryId = scope.ministryId)
  AND (scope.itemId IS NULL OR x.itemId = scope.itemId)
  AND ($status IS NULL OR x.status = $status)
  AND ($textContains IS NULL OR x.textCompact CONTAINS $textContains)
  AND (scope.themeUid IS NULL OR scope.anchor = 'theme' OR EXISTS { (x)-[:HAS_THEME]->(:Theme {uid: scope.themeUid}) })
  AND (scope.clauseUid IS NULL OR scope.anchor = 'clause' OR EXISTS {
    MATCH (c:Clause {uid: scope.clauseUid})-[:HAS_CHILD*0..]->(d:Clause)<-[:UNDER_CLAUSE]-(x)
    WHERE scope.includeDescendants OR d = c
  })
WITH scope, collect(x) AS found
// Every match is counted, but only the page is sorted: the $limit + 1 lowest ranks after $afterRank
// (a top-N, not a sort of every match — at 100× the data a status filter matches 8 000 measures).
CALL {
  WITH found
  UNWIND found AS x
  WITH x WHERE x.rank > $afterRank
  WITH x ORDER BY x.rank LIMIT toInteger($limit) + 1
  RETURN collect(x) AS window
}
WITH scope, size(found) AS totalCount, window
RETURN scope.key AS key, totalCount,
  [x IN window | x {.*, textCompact: null}] AS nodes,
  [x IN window | [(p:PriorityItem)-[:HAS_MEASURE]->(x) | p {.*, rawClauses: null, rowKeys: null, titleKey: null, titleLines: null}][0]] AS priorityItems,
  [x IN window | [(m:Ministry)-[:HAS_PRIORITY]->(:PriorityItem)-[:HAS_MEASURE]->(x) | m {.*}][0]] AS ministries
