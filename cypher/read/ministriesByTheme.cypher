// Ministries with a measure carrying a theme, in report order (DataLoader batch).
UNWIND $ids AS id
MATCH (m:Ministry)-[:HAS_PRIORITY]->(:PriorityItem)-[:HAS_MEASURE]->(:Measure)-[:HAS_THEME]->(:Theme {id: id})
WITH DISTINCT id, m ORDER BY m.order, m.id
RETURN id, collect(m {.*}) AS value
