// Measures under a clause (and, with $includeDescendants, under clauses below it), in report
// order (DataLoader batch).
UNWIND $ids AS id
MATCH (c:Clause {id: id})-[:HAS_CHILD*0..]->(d:Clause)<-[:UNDER_CLAUSE]-(x:Measure)
WHERE $includeDescendants OR d = c
WITH DISTINCT id, x
MATCH (m:Ministry)-[:HAS_PRIORITY]->(p:PriorityItem)-[:HAS_MEASURE]->(x)
WITH id, x ORDER BY m.order, p.order, x.order
RETURN id, collect(x {.*}) AS value
