// A measure continues one of the same ministry in the year before ($rows: {from, to, props:
// {score, textScore, sharedTerms, sharedThemes, kind: CONTINUED|CHANGED, reason}}; uids).
UNWIND $rows AS row
MATCH (a:Measure {uid: row.from}), (b:Measure {uid: row.to})
MERGE (a)-[r:CONTINUES]->(b)
SET r = row.props
