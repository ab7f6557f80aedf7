// One page of a year's clauses ($version) filtered by kind, level and subtree ($underClauseUid), in
// their rank order (guideline first, then by path): `totalCount` counts every match; `nodes` are the
// matches after $afterRank, at most $limit + 1 (one more tells the caller there is a next page).
MATCH (c:Clause)
WHERE c.version = $version
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($level IS NULL OR c.level = $level)
  AND ($underClauseUid IS NULL OR EXISTS { MATCH (:Clause {uid: $underClauseUid})-[:HAS_CHILD*0..]->(c) })
WITH c ORDER BY c.rank
WITH collect(c) AS found
RETURN size(found) AS totalCount, [n IN found WHERE n.rank > $afterRank][..toInteger($limit) + 1] AS nodes
