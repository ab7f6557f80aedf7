// Clauses filtered by kind, level and subtree ($underClauseId: "clause/<path>"), guideline first, by path.
MATCH (c:Clause)
WHERE ($kind IS NULL OR c.kind = $kind)
  AND ($level IS NULL OR c.level = $level)
  AND ($underClauseId IS NULL OR EXISTS { MATCH (:Clause {id: $underClauseId})-[:HAS_CHILD*0..]->(c) })
RETURN c {.*} AS clause
ORDER BY c.kind, c.path
