// How many measures fall under a clause or clauses below it (DataLoader batch).
UNWIND $ids AS id
MATCH (c:Clause {id: id})-[:HAS_CHILD*0..]->(:Clause)<-[:UNDER_CLAUSE]-(x:Measure)
RETURN id, count(DISTINCT x) AS value
