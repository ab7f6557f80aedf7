// Priority items of the version being staged, each linked from its ministry ($rows: {uid, props, parentUid}).
UNWIND $rows AS row
MATCH (m:Ministry {uid: row.parentUid})
MERGE (p:PriorityItem {uid: row.uid})
SET p = row.props
MERGE (m)-[:HAS_PRIORITY]->(p)
