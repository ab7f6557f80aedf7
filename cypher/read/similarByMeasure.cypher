// A measure's stored neighbours (SIMILAR_TO, computed at ingest), best first, with the clauses both
// fall under (DataLoader batch; the resolver filters by ministry and score and cuts the list).
UNWIND $ids AS id
MATCH (a:Measure {id: id})-[s:SIMILAR_TO]->(b:Measure)
WITH id, a, s, b ORDER BY s.score DESC, b.id
RETURN id, collect({
  measure: b {.*},
  score: s.score,
  textScore: s.textScore,
  sameMinistry: b.ministryId = a.ministryId,
  sharedTerms: s.sharedTerms,
  sharedThemes: s.sharedThemes,
  sharedClauses: [(a)-[:UNDER_CLAUSE]->(c:Clause)<-[:UNDER_CLAUSE]-(b) | c {.*}]
}) AS value
