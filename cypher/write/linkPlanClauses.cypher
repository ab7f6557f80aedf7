UNWIND $links AS link
MATCH (m:Ministry {id: link.ministryId}), (c:Clause {id: link.clauseId})
MERGE (m)-[:HAS_PLAN_CLAUSE]->(c)
