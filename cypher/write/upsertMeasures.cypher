UNWIND $measures AS row
MATCH (p:PriorityItem {id: row.itemId})
MERGE (x:Measure {id: row.id})
SET x.text = row.text, x.head = row.head, x.status = row.status, x.statusJa = row.statusJa,
    x.order = row.order, x.lineStart = row.lineStart, x.lineEnd = row.lineEnd,
    x.ministryId = row.ministryId, x.textCompact = row.textCompact
MERGE (p)-[:HAS_MEASURE]->(x)
