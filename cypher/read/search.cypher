// Candidates for `search`: full-text hits of $lucene in the indexes $indexes (CJK analyzer), and,
// when $withThemes, the measures carrying a theme whose terms the search text ($queryKey, a compact
// key) holds — or that holds it. One row per node, with its best full-text score and the theme
// evidence; src/discovery/rankSearch.ts ranks them.
CALL {
  UNWIND $indexes AS idx
  CALL db.index.fulltext.queryNodes(idx, $lucene, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score, [] AS themeTerms
  UNION ALL
  MATCH (t:Theme)
  WHERE $withThemes AND any(k IN t.termKeys WHERE $queryKey CONTAINS k OR (size($queryKey) >= 2 AND k CONTAINS $queryKey))
  MATCH (x:Measure)-[r:HAS_THEME]->(t)
  RETURN x AS node, 0.0 AS score, r.terms AS themeTerms
}
WITH node, max(score) AS score, collect(themeTerms) AS evidence
RETURN [l IN labels(node) WHERE l IN ['Measure', 'PriorityItem', 'Clause', 'Theme']][0] AS type,
       node {.*, searchText: null, textCompact: null} AS node, score,
       reduce(all = [], terms IN evidence | all + terms) AS themeTerms
