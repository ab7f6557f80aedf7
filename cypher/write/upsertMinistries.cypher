MATCH (r:Report {id: $reportId})
UNWIND $ministries AS row
MERGE (m:Ministry {id: row.id})
SET m.nameJa = row.nameJa, m.nameEn = row.nameEn, m.order = row.order,
    m.lineStart = row.lineStart, m.lineEnd = row.lineEnd
MERGE (r)-[:COVERS]->(m)
