// One page of measures in report order, filtered, with the total. $textContains is already
// compacted (NFKC, no white space) like Measure.textCompact; $clauseId is "clause/<canonical path>";
// $themeId is "theme/<slug>".
MATCH (m:Ministry)-[:HAS_PRIORITY]->(p:PriorityItem)-[:HAS_MEASURE]->(x:Measure)
WHERE ($ministryId IS NULL OR m.id = $ministryId)
  AND ($priorityItemId IS NULL OR p.id = $priorityItemId)
  AND ($status IS NULL OR x.status = $status)
  AND ($textContains IS NULL OR x.textCompact CONTAINS $textContains)
  AND ($themeId IS NULL OR EXISTS { (x)-[:HAS_THEME]->(:Theme {id: $themeId}) })
  AND ($clauseId IS NULL OR EXISTS {
    MATCH (c:Clause {id: $clauseId})-[:HAS_CHILD*0..]->(d:Clause)<-[:UNDER_CLAUSE]-(x)
    WHERE $includeDescendants OR d = c
  })
WITH x ORDER BY m.order, p.order, x.order
WITH collect(x) AS found
RETURN size(found) AS totalCount, [n IN found[toInteger($offset)..toInteger($offset + $limit)] | n {.*}] AS nodes
