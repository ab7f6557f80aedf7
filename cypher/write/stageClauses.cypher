// Guideline and plan clauses of the version being staged ($rows: {uid, props}).
UNWIND $rows AS row
MERGE (c:Clause {uid: row.uid})
SET c = row.props
