// Candidates for `search`: full-text hits of $lucene in the indexes $indexes (CJK analyzer), and,
// when $withThemes, measures carrying a theme whose terms the search text ($queryKey, a compact key)
// holds — or that holds it — ($limit of those, by id). One row per node with its best full-text
// score and, for a measure, the terms that show a named theme; src/discovery/rankSearch.ts ranks them.
// Only nodes of one year's report ($version): $lucene asks for it (+version:…), themes are matched in it.
CALL {
  MATCH (t:Theme)
  WHERE $withThemes AND t.version = $version AND any(k IN t.termKeys WHERE $queryKey CONTAINS k OR (size($queryKey) >= 2 AND k CONTAINS $queryKey))
  RETURN collect(t.uid) AS themeUids
}
CALL {
  WITH themeUids
  UNWIND $indexes AS idx
  CALL db.index.fulltext.queryNodes(idx, $lucene, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH themeUids
  // From the themes (none: no read): matched from the measures, the planner scans every measure.
  UNWIND themeUids AS themeUid
  MATCH (:Theme {uid: themeUid})<-[:HAS_THEME]-(x:Measure)
  WITH DISTINCT x ORDER BY x.id LIMIT toInteger($limit)
  RETURN x AS node, 0.0 AS score
}
WITH node, max(score) AS score, themeUids
RETURN [l IN labels(node) WHERE l IN ['Measure', 'PriorityItem', 'Clause', 'Theme']][0] AS type,
       node {.*, searchText: null, textCompact: null, rawClauses: null, rowKeys: null, titleKey: null, titleLines: null} AS node, score,
       reduce(all = [], terms IN [(node)-[r:HAS_THEME]->(t:Theme) WHERE t.uid IN themeUids | r.terms] | all + terms) AS themeTerms
