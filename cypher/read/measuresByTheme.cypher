// Measures carrying a theme, in report order (DataLoader batch).
UNWIND $ids AS id
MATCH (m:Ministry)-[:HAS_PRIORITY]->(p:PriorityItem)-[:HAS_MEASURE]->(x:Measure)-[:HAS_THEME]->(:Theme {id: id})
WITH id, x ORDER BY m.order, p.order, x.order
RETURN id, collect(x {.*}) AS value
