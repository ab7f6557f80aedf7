// Guideline clauses of a year ($version) under which every ministry of $ministryIds (public ids)
// has a measure (exactly, or with $includeDescendants under a clause below it), by path.
MATCH (c:Clause)-[:HAS_CHILD*0..]->(d:Clause)<-[:UNDER_CLAUSE]-(x:Measure)
WHERE c.version = $version AND c.kind = 'GUIDELINE' AND ($includeDescendants OR d = c) AND x.ministryId IN $ministryIds
WITH c, collect(DISTINCT x.ministryId) AS have
WHERE all(id IN $ministryIds WHERE id IN have)
RETURN c {.*} AS clause
ORDER BY c.path
