// One page of ministries in report order, with the total.
MATCH (m:Ministry)
WHERE $nameContains IS NULL
   OR toLower(m.nameJa) CONTAINS toLower($nameContains)
   OR toLower(coalesce(m.nameEn, '')) CONTAINS toLower($nameContains)
WITH m ORDER BY m.order
WITH collect(m) AS found
RETURN size(found) AS totalCount, [n IN found[toInteger($offset)..toInteger($offset + $limit)] | n {.*}] AS nodes
