// Ministries with a measure under a clause (and, with $includeDescendants, under clauses below it),
// in report order (DataLoader batch).
UNWIND $ids AS id
MATCH (c:Clause {id: id})-[:HAS_CHILD*0..]->(d:Clause)<-[:UNDER_CLAUSE]-(:Measure)<-[:HAS_MEASURE]-(:PriorityItem)<-[:HAS_PRIORITY]-(m:Ministry)
WHERE $includeDescendants OR d = c
WITH DISTINCT id, m ORDER BY m.order
RETURN id, collect(m {.*}) AS value
