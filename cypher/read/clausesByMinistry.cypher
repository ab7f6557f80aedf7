// Every clause a ministry's measures fall under, guideline before plan, by path (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (:Ministry {uid: id})-[:HAS_PRIORITY]->(:PriorityItem)-[:HAS_MEASURE]->(:Measure)-[:UNDER_CLAUSE]->(c:Clause)
WITH DISTINCT id, c ORDER BY c.kind, c.path
RETURN id, collect(c {.*}) AS value
