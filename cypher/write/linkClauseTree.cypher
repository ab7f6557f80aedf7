// The guideline tree: parent clause → child clause ($rows: {from, to} uids).
UNWIND $rows AS row
MATCH (parent:Clause {uid: row.from}), (child:Clause {uid: row.to})
MERGE (parent)-[:HAS_CHILD]->(child)
