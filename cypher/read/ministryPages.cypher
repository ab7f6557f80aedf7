// Pages of ministries in report order: one page per scope of $scopes (a DataLoader batch:
// `Clause.ministries` and `Theme.ministries` of every parent in an answer share one round trip; the
// root `ministries` query is one scope). A scope's `anchor` is a clause (`clauseUid`: ministries with
// a measure under it, or with `includeDescendants` under a clause below it), a theme (`themeUid`:
// ministries with a measure carrying it) or 'all' (every ministry of $version); $nameContains
// matches the Japanese or English name (case-insensitive). `totalCount` counts every match; `nodes`
// are the matches after $afterRank, at most $limit + 1.
UNWIND $scopes AS scope
CALL {
  WITH scope
  WITH scope WHERE scope.anchor = 'clause'
  MATCH (c:Clause {uid: scope.clauseUid})-[:HAS_CHILD*0..]->(d:Clause)<-[:UNDER_CLAUSE]-(:Measure)<-[:HAS_MEASURE]-(:PriorityItem)<-[:HAS_PRIORITY]-(m:Ministry)
  WHERE scope.includeDescendants OR d = c
  RETURN DISTINCT m
  UNION
  WITH scope
  WITH scope WHERE scope.anchor = 'theme'
  MATCH (:Theme {uid: scope.themeUid})<-[:HAS_THEME]-(:Measure)<-[:HAS_MEASURE]-(:PriorityItem)<-[:HAS_PRIORITY]-(m:Ministry)
  RETURN DISTINCT m
  UNION
  WITH scope
  WITH scope WHERE scope.anchor = 'all'
  MATCH (m:Ministry) WHERE m.version = $version
  RETURN m
}
WITH scope, m
WHERE $nameContains IS NULL
   OR toLower(m.nameJa) CONTAINS toLower($nameContains)
   OR toLower(coalesce(m.nameEn, '')) CONTAINS toLower($nameContains)
WITH scope, m ORDER BY m.rank
WITH scope, collect(m) AS found
RETURN scope.key AS key, size(found) AS totalCount, [m IN found WHERE m.rank > $afterRank][..toInteger($limit) + 1] AS nodes
