// Pages of measures in report order, filtered, each with its total and each measure's priority item
// and ministry: one page per ministry in $ministryIds (a DataLoader batch: `Ministry.measures` for
// every ministry of an answer in one round trip), or, with $ministryIds null, one page over all
// ministries (ministryId null in the row). A ministry with no match gives no row (an empty page).
// $textContains is already compacted (NFKC, no white space) like Measure.textCompact; $clauseId is
// "clause/<canonical path>"; $themeId is "theme/<slug>".
UNWIND coalesce($ministryIds, [null]) AS scope
// A named ministry by index seek; every ministry (a label scan) only when none is named.
OPTIONAL MATCH (named:Ministry {id: scope})
UNWIND (CASE WHEN scope IS NULL THEN COLLECT { MATCH (every:Ministry) RETURN every } WHEN named IS NULL THEN [] ELSE [named] END) AS m
MATCH (m)-[:HAS_PRIORITY]->(p:PriorityItem)-[:HAS_MEASURE]->(x:Measure)
WHERE ($priorityItemId IS NULL OR p.id = $priorityItemId)
  AND ($status IS NULL OR x.status = $status)
  AND ($textContains IS NULL OR x.textCompact CONTAINS $textContains)
  AND ($themeId IS NULL OR EXISTS { (x)-[:HAS_THEME]->(:Theme {id: $themeId}) })
  AND ($clauseId IS NULL OR EXISTS {
    MATCH (c:Clause {id: $clauseId})-[:HAS_CHILD*0..]->(d:Clause)<-[:UNDER_CLAUSE]-(x)
    WHERE $includeDescendants OR d = c
  })
WITH scope, x, p, m ORDER BY m.order, p.order, x.order
WITH scope, collect([x, p, m]) AS found
WITH scope, size(found) AS totalCount, found[toInteger($offset)..toInteger($offset + $limit)] AS window
// Each measure's item and ministry too (matched anyway): the page's resolvers need no more trips.
RETURN scope AS ministryId, totalCount, [r IN window | properties(r[0])] AS nodes, [r IN window | properties(r[1])] AS priorityItems, [r IN window | properties(r[2])] AS ministries
