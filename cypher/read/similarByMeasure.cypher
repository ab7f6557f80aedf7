// A measure's stored neighbours (SIMILAR_TO, computed at ingest), best first, with the clauses both
// fall under and each neighbour's ministry (DataLoader batch by uid; the resolver filters by ministry and
// score and cuts the list). `value` is {measure, neighbours}; an unknown id gives no row. The
// measure itself and the neighbours' ministries come along so `similarMeasures { measure {
// ministry { … } } }` is one round trip (they prime the request's loaders).
UNWIND $ids AS id
MATCH (a:Measure {uid: id})
CALL {
  WITH a
  OPTIONAL MATCH (a)-[s:SIMILAR_TO]->(b:Measure)<-[:HAS_MEASURE]-(:PriorityItem)<-[:HAS_PRIORITY]-(bm:Ministry)
  WITH a, s, b, bm ORDER BY s.score DESC, b.id
  RETURN collect(CASE WHEN b IS NULL THEN null ELSE {
    measure: b {.*, textCompact: null},
    ministry: bm {.*},
    score: s.score,
    textScore: s.textScore,
    sameMinistry: b.ministryId = a.ministryId,
    sharedTerms: s.sharedTerms,
    sharedThemes: s.sharedThemes,
    sharedClauses: [(a)-[:UNDER_CLAUSE]->(c:Clause)<-[:UNDER_CLAUSE]-(b) | c {.*}]
  } END) AS neighbours
}
RETURN id, {measure: a {.*, textCompact: null}, neighbours: neighbours} AS value
