// How many measures fall under a clause or clauses below it (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (c:Clause {uid: id})-[:HAS_CHILD*0..]->(:Clause)<-[:UNDER_CLAUSE]-(x:Measure)
RETURN id, count(DISTINCT x) AS value
