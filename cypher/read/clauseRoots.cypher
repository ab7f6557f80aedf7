// The guideline tree's roots: level-1 guideline clauses, by path.
MATCH (c:Clause {kind: 'GUIDELINE', level: 1})
RETURN c {.*} AS clause
ORDER BY c.path
