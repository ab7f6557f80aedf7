// Measures of the version being staged, each linked from its priority item ($rows: {uid, props, parentUid}).
UNWIND $rows AS row
MATCH (p:PriorityItem {uid: row.parentUid})
MERGE (x:Measure {uid: row.uid})
SET x = row.props
MERGE (p)-[:HAS_MEASURE]->(x)
