// One hop of `graph` and, with $withEdges, the relationships of the answer, in one round trip.
// `rows`: the nodes (label in $types) linked to a frontier node in either direction through a
// relationship whose type is in $edgeTypes (null: any type) that are not in $seen yet, ordered by
// the position of their label in $types, then the strongest score linking them (so a limit keeps the
// most similar measures), then id; at most $limit + 1 (the caller keeps $limit and reports a cut).
// `edges`: with $withEdges, the relationships (type in $edgeTypes) among $seen plus the first
// $limit rows — the nodes the caller keeps — once each, as [source, target, type, weight, data]: a
// weight for drawing (SIMILAR_TO's score, HAS_THEME's number of terms, else 1) and the properties
// only with $withData (else null); else []. Every relationship but SIMILAR_TO; of those, each
// measure's $similarPerNode strongest among the nodes (an edge stays when it is among the strongest
// of either end; ties by the other end's id, then the source's; null: all of them) — a measure has
// ~27, and drawn all at once they are most of a large answer and a tangle. `similarAmong`: how many
// SIMILAR_TO there are among the nodes, kept or not. An empty $frontier gives no rows: then `edges`
// are those among $seen alone.
// Everything is read in one year's report: $version (frontier and seen are public ids of it; a
// relationship to another year, such as CONTINUES, is not walked).
// Relationships are matched generically, so the ones the discovery step adds (HAS_THEME,
// SIMILAR_TO) are walked when they exist. Nodes are found by an index seek per drawable label (a
// label-less MATCH would scan every node); search keys (textCompact, searchText, termKeys) are left
// out of `data`; without $withData a node carries only the fields its label is made of.
WITH [id IN $frontier | $version + '|' + id] AS frontier
CALL {
  WITH frontier
  MATCH (n:Ministry) WHERE n.uid IN frontier RETURN n
  UNION
  WITH frontier
  MATCH (n:PriorityItem) WHERE n.uid IN frontier RETURN n
  UNION
  WITH frontier
  MATCH (n:Measure) WHERE n.uid IN frontier RETURN n
  UNION
  WITH frontier
  MATCH (n:Clause) WHERE n.uid IN frontier RETURN n
  UNION
  WITH frontier
  MATCH (n:Theme) WHERE n.uid IN frontier RETURN n
}
MATCH (n)-[r]-(m)
WHERE m.version = $version AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes) AND NOT m.id IN $seen
WITH m, max(coalesce(toFloat(r.score), 0.0)) AS strength
WITH m, strength, [l IN labels(m) WHERE l IN $types][0] AS type
WHERE type IS NOT NULL
WITH m, type ORDER BY [i IN range(0, size($types) - 1) WHERE $types[i] = type][0], strength DESC, m.id
LIMIT toInteger($limit) + 1
WITH collect({
  id: m.id,
  type: type,
  data: CASE WHEN $withData THEN m {.*, uid: null, textCompact: null, searchText: null, termKeys: null} ELSE m {.nameJa, .nameEn, .title, .head, .path} END
}) AS rows
WITH rows, CASE WHEN $withEdges THEN [id IN $seen + [row IN rows[..toInteger($limit)] | row.id] | $version + '|' + id] ELSE [] END AS ids
CALL {
  WITH ids
  CALL {
    WITH ids
    MATCH (a:Ministry) WHERE a.uid IN ids RETURN a
    UNION
    WITH ids
    MATCH (a:PriorityItem) WHERE a.uid IN ids RETURN a
    UNION
    WITH ids
    MATCH (a:Measure) WHERE a.uid IN ids RETURN a
    UNION
    WITH ids
    MATCH (a:Clause) WHERE a.uid IN ids RETURN a
    UNION
    WITH ids
    MATCH (a:Theme) WHERE a.uid IN ids RETURN a
  }
  // One expansion (outgoing: each relationship once) for every type; SIMILAR_TO is ranked below
  // from these rows, not walked again (each walk reads, tests and projects every relationship).
  MATCH (a)-[r]->(b)
  WHERE b.uid IN ids AND (b:Ministry OR b:PriorityItem OR b:Measure OR b:Clause OR b:Theme)
    AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
  // Lists, not maps: an answer holds thousands of edges, and a map's keys cost as much to send and
  // decode as its values. [source, target, type, weight, data or null].
  WITH [
    a.id,
    b.id,
    type(r),
    CASE WHEN r.score IS NOT NULL THEN toFloat(r.score) WHEN r.terms IS NOT NULL THEN toFloat(size(r.terms)) ELSE 1.0 END,
    CASE WHEN $withData THEN properties(r) ELSE null END
  ] AS edge
  RETURN collect(CASE WHEN edge[2] <> 'SIMILAR_TO' THEN edge END) AS structural,
    collect(CASE WHEN edge[2] = 'SIMILAR_TO' THEN edge END) AS similarAll
}
CALL {
  WITH similarAll
  // Each SIMILAR_TO ranked at both of its ends: by score, then the other end's id, then the source's
  // (a pair may be linked both ways); kept when among the strongest $similarPerNode of either.
  UNWIND similarAll AS edge
  UNWIND [[edge[0], edge[1]], [edge[1], edge[0]]] AS ends
  WITH ends[0] AS end, ends[1] AS other, edge ORDER BY edge[3] DESC, other, edge[0]
  WITH end, collect(edge) AS ranked
  UNWIND CASE WHEN $similarPerNode IS NULL THEN ranked ELSE ranked[..toInteger($similarPerNode)] END AS edge
  WITH DISTINCT edge
  RETURN collect(edge) AS similar
}
CALL {
  WITH structural, similar
  UNWIND structural + similar AS edge
  WITH edge ORDER BY edge[2], edge[0], edge[1]
  RETURN collect(edge) AS edges
}
RETURN rows, edges, size(similarAll) AS similarAmong
