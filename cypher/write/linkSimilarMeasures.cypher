// A measure's nearest measures (computed at ingest): score, the text part of it, and the evidence
// ($rows: {from, to, props: {score, textScore, sameMinistry, sharedTerms, sharedThemes}}).
UNWIND $rows AS row
MATCH (a:Measure {uid: row.from}), (b:Measure {uid: row.to})
MERGE (a)-[r:SIMILAR_TO]->(b)
SET r = row.props
