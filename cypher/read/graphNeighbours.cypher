// One hop of `graph`: the nodes (label in $types) linked to a frontier node in either direction
// through a relationship whose type is in $edgeTypes (null: any type), that are not in $seen yet;
// ordered by the position of their label in $types, then the strongest score linking them (so a
// limit keeps the most similar measures), then id; at most $limit + 1 (the caller keeps $limit
// and reports the cut). The frontier is found by an index seek per drawable label (a label-less
// MATCH would scan every node). Relationships are matched generically, so the ones the discovery
// step adds (HAS_THEME, SIMILAR_TO) are walked when they exist, and nothing fails when they do not.
// Search keys (textCompact, searchText, termKeys) are left out of `data`;
// without $withData a node carries only the fields its label is made of.
CALL {
  MATCH (n:Ministry) WHERE n.id IN $frontier RETURN n
  UNION
  MATCH (n:PriorityItem) WHERE n.id IN $frontier RETURN n
  UNION
  MATCH (n:Measure) WHERE n.id IN $frontier RETURN n
  UNION
  MATCH (n:Clause) WHERE n.id IN $frontier RETURN n
  UNION
  MATCH (n:Theme) WHERE n.id IN $frontier RETURN n
}
MATCH (n)-[r]-(m)
WHERE ($edgeTypes IS NULL OR type(r) IN $edgeTypes) AND NOT m.id IN $seen
WITH m, max(coalesce(toFloat(r.score), 0.0)) AS strength
WITH m, strength, [l IN labels(m) WHERE l IN $types][0] AS type
WHERE type IS NOT NULL
RETURN m.id AS id, type, CASE WHEN $withData THEN m {.*, textCompact: null, searchText: null, termKeys: null} ELSE m {.nameJa, .nameEn, .title, .head, .path} END AS data
ORDER BY [i IN range(0, size($types) - 1) WHERE $types[i] = type][0], strength DESC, id
LIMIT toInteger($limit) + 1
