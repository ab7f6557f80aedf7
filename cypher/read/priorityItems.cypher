// One page of a year's priority items ($version) in report order, filtered by ministry (public id)
// and title (white space ignored on both sides): `totalCount` counts every match; `nodes` are the
// matches after $afterRank, at most $limit + 1 (one more tells the caller there is a next page).
MATCH (p:PriorityItem)
WHERE p.version = $version
  AND ($ministryId IS NULL OR p.ministryId = $ministryId)
  AND ($titleContains IS NULL OR replace(replace(p.title, ' ', ''), '　', '') CONTAINS $titleContains)
WITH p ORDER BY p.rank
WITH collect(p) AS found
WITH found, [n IN found WHERE n.rank > $afterRank][..toInteger($limit) + 1] AS page
RETURN size(found) AS totalCount, [n IN page | n {.*, rawClauses: null, rowKeys: null, titleKey: null, titleLines: null}] AS nodes
