// How many measures a ministry reports (DataLoader batch).
UNWIND $ids AS id
MATCH (:Ministry {id: id})-[:HAS_PRIORITY]->(:PriorityItem)-[:HAS_MEASURE]->(x:Measure)
RETURN id, count(x) AS value
