// Ministries by uid, each with its priority items in report order, their measures in report order
// and each measure's clauses (guideline before plan, by path): what ministriesById,
// priorityItemsByMinistry, measuresByPriorityItem and clausesByMeasure return, in one round trip
// (DataLoader batch by uid, used when a query asks for ministries' items' measures). `value` is
// {ministry, items}; an unknown id gives no row.
UNWIND $ids AS id
MATCH (m:Ministry {uid: id})
CALL {
  WITH m
  OPTIONAL MATCH (m)-[:HAS_PRIORITY]->(p:PriorityItem)
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
    RETURN collect(CASE WHEN x IS NULL THEN null ELSE {measure: x {.*, textCompact: null}, clauses: clauses} END) AS measures
  }
  WITH p, measures ORDER BY p.order
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {item: p {.*, rawClauses: null, rowKeys: null, titleKey: null, titleLines: null}, measures: measures} END) AS items
}
RETURN id, {ministry: m {.*}, items: items} AS value
