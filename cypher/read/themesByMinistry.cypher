// Themes carried by any of a ministry's measures, in taxonomy order (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (:Ministry {uid: id})-[:HAS_PRIORITY]->(:PriorityItem)-[:HAS_MEASURE]->(:Measure)-[:HAS_THEME]->(t:Theme)
WITH DISTINCT id, t ORDER BY t.order, t.id
RETURN id, collect(t {.*, searchText: null}) AS value
