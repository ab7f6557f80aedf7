// A measure's nearest measures (computed at ingest): score, the text part of it, and the evidence.
UNWIND $edges AS row
MATCH (a:Measure {id: row.fromId})
MATCH (b:Measure {id: row.toId})
MERGE (a)-[r:SIMILAR_TO]->(b)
SET r.score = row.score, r.textScore = row.textScore, r.sameMinistry = row.sameMinistry,
    r.sharedTerms = row.sharedTerms, r.sharedThemes = row.sharedThemes
