// Candidates for `search`: full-text hits of $lucene in the indexes $indexes (CJK analyzer), and,
// when $withThemes, measures carrying a theme whose terms the search text ($queryKey, a compact key)
// holds — or that holds it — ($limit of those, by id). One row per node with its best full-text
// score and, for a measure, the terms that show a named theme; src/discovery/rankSearch.ts ranks them.
CALL {
  MATCH (t:Theme)
  WHERE $withThemes AND any(k IN t.termKeys WHERE $queryKey CONTAINS k OR (size($queryKey) >= 2 AND k CONTAINS $queryKey))
  RETURN collect(t.id) AS themeIds
}
CALL {
  WITH themeIds
  UNWIND $indexes AS idx
  CALL db.index.fulltext.queryNodes(idx, $lucene, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH themeIds
  MATCH (x:Measure)-[:HAS_THEME]->(t:Theme)
  WHERE t.id IN themeIds
  WITH DISTINCT x ORDER BY x.id LIMIT toInteger($limit)
  RETURN x AS node, 0.0 AS score
}
WITH node, max(score) AS score, themeIds
RETURN [l IN labels(node) WHERE l IN ['Measure', 'PriorityItem', 'Clause', 'Theme']][0] AS type,
       node {.*, searchText: null, textCompact: null} AS node, score,
       reduce(all = [], terms IN [(node)-[r:HAS_THEME]->(t:Theme) WHERE t.id IN themeIds | r.terms] | all + terms) AS themeTerms
