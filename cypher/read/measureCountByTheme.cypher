// How many measures carry a theme (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (x:Measure)-[:HAS_THEME]->(:Theme {uid: id})
RETURN id, count(x) AS value
