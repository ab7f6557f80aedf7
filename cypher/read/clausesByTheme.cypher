// Guideline clauses the measures of a theme fall under, the most measures first (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (x:Measure)-[:HAS_THEME]->(:Theme {uid: id})
MATCH (x)-[:UNDER_CLAUSE]->(c:Clause {kind: 'GUIDELINE'})
WITH id, c, count(DISTINCT x) AS measures ORDER BY measures DESC, c.path
RETURN id, collect(c {.*}) AS value
