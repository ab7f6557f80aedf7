// The guideline tree's roots in a year's report ($version): level-1 guideline clauses, by path.
MATCH (c:Clause)
WHERE c.version = $version AND c.kind = 'GUIDELINE' AND c.level = 1
RETURN c {.*} AS clause
ORDER BY c.path
