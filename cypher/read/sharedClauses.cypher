// Guideline clauses under which every ministry of $ministryIds has a measure (exactly, or with
// $includeDescendants under a clause below it), by path.
MATCH (c:Clause {kind: 'GUIDELINE'})-[:HAS_CHILD*0..]->(d:Clause)<-[:UNDER_CLAUSE]-(x:Measure)
WHERE ($includeDescendants OR d = c) AND x.ministryId IN $ministryIds
WITH c, collect(DISTINCT x.ministryId) AS have
WHERE all(id IN $ministryIds WHERE id IN have)
RETURN c {.*} AS clause
ORDER BY c.path
