// The ancestors of a clause, root first (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (a:Clause)-[:HAS_CHILD*1..]->(:Clause {uid: id})
WITH id, a ORDER BY a.level
RETURN id, collect(a {.*}) AS value
