// How many measures carry a theme (DataLoader batch).
UNWIND $ids AS id
MATCH (x:Measure)-[:HAS_THEME]->(:Theme {id: id})
RETURN id, count(x) AS value
