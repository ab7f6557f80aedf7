// One page of priority items in report order, with the total.
MATCH (m:Ministry)-[:HAS_PRIORITY]->(p:PriorityItem)
WHERE ($ministryId IS NULL OR m.id = $ministryId)
  AND ($titleContains IS NULL OR replace(replace(p.title, ' ', ''), '　', '') CONTAINS $titleContains)
WITH p ORDER BY m.order, p.order
WITH collect(p) AS all
RETURN size(all) AS totalCount, [n IN all[$offset..($offset + $limit)] | n {.*}] AS nodes
