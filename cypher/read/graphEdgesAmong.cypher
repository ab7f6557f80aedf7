// Every relationship among the nodes $ids (drawable labels only) whose type is in $edgeTypes (null:
// any), once each, with a weight for drawing: SIMILAR_TO's score, HAS_THEME's number of terms, else 1.
MATCH (a)-[r]->(b)
WHERE a.id IN $ids AND (a:Ministry OR a:PriorityItem OR a:Measure OR a:Clause OR a:Theme)
  AND b.id IN $ids AND (b:Ministry OR b:PriorityItem OR b:Measure OR b:Clause OR b:Theme)
  AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS data,
  CASE
    WHEN r.score IS NOT NULL THEN toFloat(r.score)
    WHEN r.terms IS NOT NULL THEN toFloat(size(r.terms))
    ELSE 1.0
  END AS weight
ORDER BY type, source, target
