// Every ministry with a measure under the clause (and, with $includeDescendants, under clauses
// below it): its measures there in report order and the exact clauses they are under.
MATCH (c:Clause {id: $clauseId})-[:HAS_CHILD*0..]->(d:Clause)<-[:UNDER_CLAUSE]-(x:Measure)
WHERE $includeDescendants OR d = c
MATCH (m:Ministry)-[:HAS_PRIORITY]->(p:PriorityItem)-[:HAS_MEASURE]->(x)
WITH m, p, x, collect(DISTINCT d) AS hit
ORDER BY m.order, p.order, x.order
WITH m, collect(x {.*}) AS measures, collect(hit) AS hits
WITH m, measures, reduce(acc = [], h IN hits | acc + [d IN h WHERE NOT d IN acc]) AS clauses
RETURN m {.*} AS ministry, measures, [d IN clauses | d {.*}] AS clauses
ORDER BY m.order
