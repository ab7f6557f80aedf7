// A ministry's own plan clauses ($rows: {from: ministry uid, to: clause uid}).
UNWIND $rows AS row
MATCH (m:Ministry {uid: row.from}), (c:Clause {uid: row.to})
MERGE (m)-[:HAS_PLAN_CLAUSE]->(c)
