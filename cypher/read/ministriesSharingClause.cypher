// Every ministry with a measure under the clause $clauseUid (and, with $includeDescendants, under
// clauses below it), in report order: its measures there in report order and the exact clauses they
// are under. `totalCount` counts the ministries; `rows` are those after $afterRank (keyset on the
// ministry's rank), at most $limit + 1 (one more tells the caller there is a next page).
MATCH (c:Clause {uid: $clauseUid})-[:HAS_CHILD*0..]->(d:Clause)<-[:UNDER_CLAUSE]-(x:Measure)
WHERE $includeDescendants OR d = c
MATCH (m:Ministry)-[:HAS_PRIORITY]->(:PriorityItem)-[:HAS_MEASURE]->(x)
WITH m, x, collect(DISTINCT d) AS hit
ORDER BY x.rank
WITH m, collect(x {.*, textCompact: null}) AS measures, collect(hit) AS hits
WITH m, measures, reduce(acc = [], h IN hits | acc + [d IN h WHERE NOT d IN acc]) AS clauses
ORDER BY m.rank
WITH collect({rank: m.rank, ministry: m {.*}, measures: measures, clauses: [d IN clauses | d {.*}]}) AS found
RETURN size(found) AS totalCount, [r IN found WHERE r.rank > $afterRank][..toInteger($limit) + 1] AS rows
