// Every clause a priority item's measures fall under (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (:PriorityItem {uid: id})-[:HAS_MEASURE]->(:Measure)-[:UNDER_CLAUSE]->(c:Clause)
WITH DISTINCT id, c ORDER BY c.kind, c.path
RETURN id, collect(c {.*}) AS value
