// The clauses a measure falls under, guideline before plan, by path (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (:Measure {uid: id})-[:UNDER_CLAUSE]->(c:Clause)
WITH id, c ORDER BY c.kind, c.path
RETURN id, collect(c {.*}) AS value
