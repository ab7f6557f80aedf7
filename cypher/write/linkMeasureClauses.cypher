UNWIND $links AS link
MATCH (x:Measure {id: link.measureId}), (c:Clause {id: link.clauseId})
MERGE (x)-[:UNDER_CLAUSE]->(c)
