// The last hop of `graph` and, in the same round trip, the relationships of the answer: `rows`
// are what graphNeighbours.cypher returns (at most $limit + 1; the caller keeps $limit and
// reports a cut); `edges` what graphEdgesAmong.cypher returns for $seen plus the first $limit rows
// (the nodes the caller keeps). The frontier and the edges' start nodes are found by an index
// seek per drawable label.
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
WITH m, type ORDER BY [i IN range(0, size($types) - 1) WHERE $types[i] = type][0], strength DESC, m.id
LIMIT toInteger($limit) + 1
WITH collect({
  id: m.id,
  type: type,
  data: CASE WHEN $withData THEN m {.*, textCompact: null, searchText: null, termKeys: null} ELSE m {.nameJa, .nameEn, .title, .head, .path} END
}) AS rows
WITH rows, $seen + [row IN rows[..toInteger($limit)] | row.id] AS ids
CALL {
  WITH ids
  CALL {
    WITH ids
    MATCH (a:Ministry) WHERE a.id IN ids RETURN a
    UNION
    WITH ids
    MATCH (a:PriorityItem) WHERE a.id IN ids RETURN a
    UNION
    WITH ids
    MATCH (a:Measure) WHERE a.id IN ids RETURN a
    UNION
    WITH ids
    MATCH (a:Clause) WHERE a.id IN ids RETURN a
    UNION
    WITH ids
    MATCH (a:Theme) WHERE a.id IN ids RETURN a
  }
  MATCH (a)-[r]->(b)
  WHERE b.id IN ids AND (b:Ministry OR b:PriorityItem OR b:Measure OR b:Clause OR b:Theme)
    AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
  WITH a, r, b ORDER BY type(r), a.id, b.id
  RETURN collect({
    source: a.id,
    target: b.id,
    type: type(r),
    data: CASE WHEN $withData THEN properties(r) ELSE {} END,
    weight: CASE WHEN r.score IS NOT NULL THEN toFloat(r.score) WHEN r.terms IS NOT NULL THEN toFloat(size(r.terms)) ELSE 1.0 END
  }) AS edges
}
RETURN rows, edges
