// One page of measures in report order, filtered, with the total and each measure's priority item
// and ministry. $textContains is already
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
WITH x, p, m ORDER BY m.order, p.order, x.order
WITH collect([x, p, m]) AS found
WITH size(found) AS totalCount, found[toInteger($offset)..toInteger($offset + $limit)] AS window
// Each measure's item and ministry too (matched anyway): the page's resolvers need no more trips.
RETURN totalCount, [r IN window | properties(r[0])] AS nodes, [r IN window | properties(r[1])] AS priorityItems, [r IN window | properties(r[2])] AS ministries
