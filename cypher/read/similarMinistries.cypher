// Other ministries of the same year ranked by the practices they share with $ministryUid: for each of its measures,
// the best stored similarity (either direction) to a measure of the other ministry, summed; with the
// themes both carry. $limit rows at most.
MATCH (a:Ministry {uid: $ministryUid})-[:HAS_PRIORITY]->(:PriorityItem)-[:HAS_MEASURE]->(x:Measure)-[s:SIMILAR_TO]-(y:Measure)
WHERE y.ministryId <> a.id
WITH a, x, y.ministryId AS other, max(s.score) AS best
WITH a, other, round(sum(best), 4) AS score, count(x) AS sharedMeasureCount
ORDER BY score DESC, other
LIMIT toInteger($limit)
MATCH (b:Ministry {uid: a.version + '|' + other})
CALL {
  WITH a, b
  OPTIONAL MATCH (a)-[:HAS_PRIORITY]->(:PriorityItem)-[:HAS_MEASURE]->(:Measure)-[:HAS_THEME]->(t:Theme)
  WHERE EXISTS { (b)-[:HAS_PRIORITY]->(:PriorityItem)-[:HAS_MEASURE]->(:Measure)-[:HAS_THEME]->(t) }
  WITH DISTINCT t ORDER BY t.order
  RETURN collect(t {.*, searchText: null}) AS sharedThemes
}
RETURN b {.*} AS ministry, score, sharedMeasureCount, sharedThemes
ORDER BY score DESC, b.id
