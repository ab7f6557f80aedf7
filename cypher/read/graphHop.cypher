// One hop of `graph` and, with $withEdges, the relationships of the answer, in one round trip.
// `rows`: the nodes (label in $types) linked to a frontier node in either direction through a
// relationship whose type is in $edgeTypes (null: any type) that are not in $seen yet, ordered by
// the position of their label in $types, then the strongest score linking them (so a limit keeps the
// most similar measures), then id; at most $limit + 1 (the caller keeps $limit and reports a cut).
// `edges`: with $withEdges, every relationship (type in $edgeTypes) among $seen plus the first $limit
// rows — the nodes the caller keeps — once each, in a group per type {type, source, target, weight,
// data} of columns: the ends as the nodes' internal ids (valid within this answer only; `ends` maps
// each to its public id as [internal, id]), a weight for drawing (SIMILAR_TO's score, HAS_THEME's
// number of terms, else 1) and the properties only with $withData (else []). Without $withEdges both
// are []. The caller cuts SIMILAR_TO to each measure's strongest (src/graph/similarCut.ts). An empty
// $frontier gives no rows: then `edges` are those among $seen alone.
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
  WITH collect(a) AS nodes
  // An edge names its ends by the nodes' internal ids, each mapped to its public id once in `ends`:
  // read per edge, the public ids (strings in the property store) were half the query's time.
  // id() is deprecated for elementId(), a string — the cost this avoids; it stays within one answer.
  WITH nodes, [n IN nodes | id(n)] AS internal
  CALL {
    WITH nodes, internal
    UNWIND nodes AS a
    // One expansion (outgoing: each relationship once) for every type.
    MATCH (a)-[r]->(b)
    WHERE id(b) IN internal AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
    // A group per type, its edges as columns: an answer holds thousands of edges, and each map or
    // list is an object the driver builds; the type is sent once per group. Ends are integers: the
    // driver decodes a float of a large record byte by byte into a buffer of its own (twice the
    // client's CPU on a drawing of 1 600 edges, bench/PROFILE.md §10). `data` only with $withData
    // (collect drops the nulls).
    WITH type(r) AS type, a, b, r
    WITH type,
      collect(id(a)) AS source,
      collect(id(b)) AS target,
      collect(CASE WHEN r.score IS NOT NULL THEN toFloat(r.score) WHEN r.terms IS NOT NULL THEN toFloat(size(r.terms)) ELSE 1.0 END) AS weight,
      collect(CASE WHEN $withData THEN properties(r) END) AS data
    RETURN collect({type: type, source: source, target: target, weight: weight, data: data}) AS edges
  }
  RETURN [n IN nodes | [id(n), n.id]] AS ends, edges
}
RETURN rows, ends, edges
