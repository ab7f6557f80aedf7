// One page of priority items in report order, with the total.
MATCH (m:Ministry)-[:HAS_PRIORITY]->(p:PriorityItem)
WHERE ($ministryId IS NULL OR m.id = $ministryId)
  AND ($titleContains IS NULL OR replace(replace(p.title, ' ', ''), '　', '') CONTAINS $titleContains)
WITH p ORDER BY m.order, p.order
WITH collect(p) AS found
RETURN size(found) AS totalCount, [n IN found[toInteger($offset)..toInteger($offset + $limit)] | n {.*}] AS nodes
