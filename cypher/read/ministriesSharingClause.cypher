// Every ministry with a measure under the clause $clauseUid (and, with $includeDescendants, under
// clauses below it), in report order: its measures there in report order and the exact clauses they
// are under. `totalCount` counts the ministries; `rows` are those after $afterRank (keyset on the
// ministry's rank), at most $limit + 1 (one more tells the caller there is a next page).
MATCH (c:Clause {uid: $clauseUid})-[:HAS_CHILD*0..]->(d:Clause)
WHERE $includeDescendants OR d = c
WITH d ORDER BY d.rank
WITH collect(d) AS clauses
// The ministries are found from the measures' own ministryId, not by walking each measure up to its
// item and ministry: with the data grown 100×, a clause near the root is under 28 000 measures of
// 2 500 ministries, and the walk up (a measure has dozens of relationships) was most of the time.
CALL {
  WITH clauses
  UNWIND clauses AS d
  MATCH (d)<-[:UNDER_CLAUSE]-(x:Measure)
  WITH DISTINCT x.version + '|' + x.ministryId AS ministryUid
  MATCH (m:Ministry {uid: ministryUid})
  WITH m ORDER BY m.rank
  RETURN collect(m) AS found
}
WITH clauses, size(found) AS totalCount, [m IN found WHERE m.rank > $afterRank][..toInteger($limit) + 1] AS page
// Only the page's ministries are walked down to their measures under the clauses.
CALL {
  WITH clauses, page
  UNWIND page AS m
  CALL {
    WITH m, clauses
    MATCH (m)-[:HAS_PRIORITY]->(:PriorityItem)-[:HAS_MEASURE]->(x:Measure)-[:UNDER_CLAUSE]->(d:Clause)
    WHERE d IN clauses
    WITH x, d ORDER BY x.rank
    RETURN collect(DISTINCT x) AS measures, collect(DISTINCT d) AS hit
  }
  // The clauses in report order (`clauses` is sorted by rank).
  RETURN collect([m, measures, [d IN clauses WHERE d IN hit]]) AS rows
}
// (A map projection needs a variable, hence the one-element comprehension.)
RETURN totalCount, [r IN rows | {
    rank: r[0].rank,
    ministry: [m IN [r[0]] | m {.*}][0],
    measures: [x IN r[1] | x {.*, textCompact: null}],
    clauses: [d IN r[2] | d {.*}]
  }] AS rows
