// Every ministry with a measure under the clause $clauseUid (and, with $includeDescendants, under
// clauses below it), in report order: its measures there in report order and the exact clauses they
// are under. `totalCount` counts the ministries; `rows` are those after $afterRank (keyset on the
// ministry's rank), at most $limit + 1 (one more tells the caller there is a next page).
MATCH (c:Clause {uid: $clauseUid})-[:HAS_CHILD*0..]->(d:Clause)<-[:UNDER_CLAUSE]-(x:Measure)
WHERE $includeDescendants OR d = c
MATCH (m:Ministry)-[:HAS_PRIORITY]->(:PriorityItem)-[:HAS_MEASURE]->(x)
WITH m, x, collect(DISTINCT d) AS hit
ORDER BY x.rank
WITH m, collect([x, hit]) AS pairs
ORDER BY m.rank
// Nodes are collected as they are (references) and turned into maps only for the page: with the data
// grown 100×, a clause near the root is shared by thousands of ministries and every property of every
// measure of theirs would otherwise be copied to be thrown away.
WITH collect([m, pairs]) AS found
WITH size(found) AS totalCount, [r IN found WHERE r[0].rank > $afterRank][..toInteger($limit) + 1] AS page
// (A map projection needs a variable, hence the one-element comprehensions.)
RETURN totalCount, [r IN page | {
    rank: r[0].rank,
    ministry: [m IN [r[0]] | m {.*}][0],
    measures: [x IN [p IN r[1] | p[0]] | x {.*, textCompact: null}],
    clauses: [d IN reduce(acc = [], p IN r[1] | acc + [d IN p[1] WHERE NOT d IN acc]) | d {.*}]
  }] AS rows
