UNWIND $items AS row
MATCH (m:Ministry {id: row.ministryId})
MERGE (p:PriorityItem {id: row.id})
SET p.title = row.title, p.order = row.order, p.rawClauses = row.rawClauses,
    p.alignmentConfidence = row.confidence, p.titleLines = row.titleLines
MERGE (m)-[:HAS_PRIORITY]->(p)
