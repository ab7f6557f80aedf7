// The seeds of `graph` and, in the same round trip, the first hop from them: `seeds` are the nodes
// named by kind ($ministryIds, $measureIds, $clauseIds, $themeIds; $nodeIds of any drawable label);
// `neighbours` are what graphHop.cypher's `rows` would be with every seed as the frontier and as
// seen, at most $limit - (number of seeds) + 1 (the caller keeps that many and reports a cut). No
// hop when $depth is 0 or the seeds alone exceed $limit (the caller cuts them).
// Everything is read in one year's report: $version (seeds by uid, neighbours of that version only).
// Seeds are matched by kind with an index seek per label; search keys (textCompact, searchText,
// termKeys) are left out of the neighbours' `data` (the caller drops them from the seeds'); without
// $withData a node carries only its label's fields.
WITH [id IN $nodeIds | $version + '|' + id] AS any
CALL {
  WITH any
  MATCH (n:Ministry) WHERE n.uid IN [id IN $ministryIds | $version + '|' + id] + any RETURN n, 'Ministry' AS type
  UNION
  WITH any
  MATCH (n:PriorityItem) WHERE n.uid IN any RETURN n, 'PriorityItem' AS type
  UNION
  WITH any
  MATCH (n:Measure) WHERE n.uid IN [id IN $measureIds | $version + '|' + id] + any RETURN n, 'Measure' AS type
  UNION
  WITH any
  MATCH (n:Clause) WHERE n.uid IN [id IN $clauseIds | $version + '|' + id] + any RETURN n, 'Clause' AS type
  UNION
  WITH any
  MATCH (n:Theme) WHERE n.uid IN [id IN $themeIds | $version + '|' + id] + any RETURN n, 'Theme' AS type
}
WITH collect({node: n, type: type}) AS seeds
CALL {
  WITH seeds
  WITH seeds, [s IN seeds | s.node] AS frontier
  WHERE $depth >= 1 AND size(seeds) <= $limit
  UNWIND frontier AS n
  MATCH (n)-[r]-(m)
  WHERE m.version = $version AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes) AND NOT m IN frontier
  WITH m, max(coalesce(toFloat(r.score), 0.0)) AS strength
  WITH m, strength, [l IN labels(m) WHERE l IN $types][0] AS type
  WHERE type IS NOT NULL
  WITH m, type ORDER BY [i IN range(0, size($types) - 1) WHERE $types[i] = type][0], strength DESC, m.id
  RETURN collect({
    id: m.id,
    type: type,
    data: CASE WHEN $withData THEN m {.*, uid: null, textCompact: null, searchText: null, termKeys: null} ELSE m {.nameJa, .nameEn, .title, .head, .path} END
  }) AS neighbours
}
RETURN [s IN seeds | {
    id: s.node.id,
    type: s.type,
    data: CASE WHEN $withData THEN properties(s.node)
      ELSE {nameJa: s.node.nameJa, nameEn: s.node.nameEn, title: s.node.title, head: s.node.head, path: s.node.path} END
  }] AS seeds,
  neighbours[..toInteger($limit) - size(seeds) + 1] AS neighbours
