// Every relationship among the nodes $ids (drawable labels only) whose type is in $edgeTypes (null:
// any), once each, with a weight for drawing: SIMILAR_TO's score, HAS_THEME's number of terms, else 1;
// their properties as `data` only with $withData.
// The start nodes are found by an index seek per drawable label (a label-less MATCH would scan
// every relationship of the graph); the end nodes are checked against the same set.
CALL {
  MATCH (a:Ministry) WHERE a.id IN $ids RETURN a
  UNION
  MATCH (a:PriorityItem) WHERE a.id IN $ids RETURN a
  UNION
  MATCH (a:Measure) WHERE a.id IN $ids RETURN a
  UNION
  MATCH (a:Clause) WHERE a.id IN $ids RETURN a
  UNION
  MATCH (a:Theme) WHERE a.id IN $ids RETURN a
}
MATCH (a)-[r]->(b)
WHERE b.id IN $ids AND (b:Ministry OR b:PriorityItem OR b:Measure OR b:Clause OR b:Theme)
  AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
RETURN a.id AS source, b.id AS target, type(r) AS type, CASE WHEN $withData THEN properties(r) ELSE {} END AS data,
  CASE
    WHEN r.score IS NOT NULL THEN toFloat(r.score)
    WHEN r.terms IS NOT NULL THEN toFloat(size(r.terms))
    ELSE 1.0
  END AS weight
ORDER BY type, source, target
