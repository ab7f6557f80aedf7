// Every drawable node of a year's report ($version) whose label is in $types, ordered by the position of its label in $types,
// then id; one more than $limit so the caller can tell the answer was cut. Search keys
// (textCompact, searchText, termKeys) are left out of `data`;
// without $withData a node carries only the fields its label is made of.
CALL {
  MATCH (n:Ministry) WHERE n.version = $version RETURN n
  UNION ALL
  MATCH (n:PriorityItem) WHERE n.version = $version RETURN n
  UNION ALL
  MATCH (n:Measure) WHERE n.version = $version RETURN n
  UNION ALL
  MATCH (n:Clause) WHERE n.version = $version RETURN n
  UNION ALL
  MATCH (n:Theme) WHERE n.version = $version RETURN n
}
WITH n, [l IN labels(n) WHERE l IN $types][0] AS type
WHERE type IS NOT NULL
RETURN n.id AS id, type, CASE WHEN $withData THEN n {.*, uid: null, textCompact: null, searchText: null, termKeys: null} ELSE n {.nameJa, .nameEn, .title, .head, .path} END AS data
ORDER BY [i IN range(0, size($types) - 1) WHERE $types[i] = type][0], id
LIMIT toInteger($limit) + 1
