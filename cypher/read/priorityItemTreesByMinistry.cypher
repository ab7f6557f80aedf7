// A ministry's priority items in report order, each with its measures in report order and each
// measure's clauses (guideline before plan, by path): what priorityItemsByMinistry,
// measuresByPriorityItem and clausesByMeasure return, in one round trip (DataLoader batch, used
// when a query asks for the items' measures).
UNWIND $ids AS id
MATCH (:Ministry {id: id})-[:HAS_PRIORITY]->(p:PriorityItem)
CALL {
  WITH p
  OPTIONAL MATCH (p)-[:HAS_MEASURE]->(x:Measure)
  WITH x ORDER BY x.order
  CALL {
    WITH x
    OPTIONAL MATCH (x)-[:UNDER_CLAUSE]->(c:Clause)
    WITH c ORDER BY c.kind, c.path
    RETURN collect(c {.*}) AS clauses
  }
  RETURN collect(CASE WHEN x IS NULL THEN null ELSE {measure: x {.*}, clauses: clauses} END) AS measures
}
WITH id, p, measures ORDER BY p.order
RETURN id, collect({item: p {.*}, measures: measures}) AS value
