// A priority item's measures in report order (DataLoader batch).
UNWIND $ids AS id
MATCH (:PriorityItem {id: id})-[:HAS_MEASURE]->(x:Measure)
WITH id, x ORDER BY x.order
RETURN id, collect(x {.*}) AS value
