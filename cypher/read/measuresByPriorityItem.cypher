// A priority item's measures in report order (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (:PriorityItem {uid: id})-[:HAS_MEASURE]->(x:Measure)
WITH id, x ORDER BY x.order
RETURN id, collect(x {.*, textCompact: null}) AS value
