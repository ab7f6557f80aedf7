// How many measures a ministry reports (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (:Ministry {uid: id})-[:HAS_PRIORITY]->(:PriorityItem)-[:HAS_MEASURE]->(x:Measure)
RETURN id, count(x) AS value
