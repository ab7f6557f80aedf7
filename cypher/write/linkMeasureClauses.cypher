// The clauses a measure falls under ($rows: {from: measure uid, to: clause uid}).
UNWIND $rows AS row
MATCH (x:Measure {uid: row.from}), (c:Clause {uid: row.to})
MERGE (x)-[:UNDER_CLAUSE]->(c)
