// The changes of $nodes ('Measure' or 'PriorityItem') from the report version $fromVersion to
// $toVersion (adjacent loaded years), of one ministry ($ministryId, public) or all: every node of
// `to` — CONTINUED or CHANGED when it CONTINUES a node of `from` (kind, score and reason on the
// link), else NEW (reason on the NEW link of their (:Lineage) $lineageUid) — and every node of
// `from` nothing of `to` continues: DROPPED (reason on the DROPPED link). Entries sort as `to`'s
// report order, then the dropped ones in `from`'s (sort = rank, dropped 10^12 + rank). `counts` by
// kind over all entries; `entries` of the kinds $kinds (null: all) after $afterSort, at most $limit + 1.
CALL {
  WITH $nodes AS nodes WHERE nodes = 'Measure'
  MATCH (x:Measure) WHERE x.version = $toVersion AND ($ministryId IS NULL OR x.ministryId = $ministryId)
  RETURN x
  UNION
  WITH $nodes AS nodes WHERE nodes = 'PriorityItem'
  MATCH (x:PriorityItem) WHERE x.version = $toVersion AND ($ministryId IS NULL OR x.ministryId = $ministryId)
  RETURN x
}
OPTIONAL MATCH (x)-[c:CONTINUES]->(p) WHERE p.version = $fromVersion
OPTIONAL MATCH (:Lineage {uid: $lineageUid})-[n:NEW]->(x)
WITH collect({kind: coalesce(c.kind, 'NEW'), before: p {.*, textCompact: null, rawClauses: null, rowKeys: null, titleKey: null, titleLines: null}, after: x {.*, textCompact: null, rawClauses: null, rowKeys: null, titleKey: null, titleLines: null}, score: c.score, reason: coalesce(c.reason, n.reason, 'nothing of the year before continues into it'), sort: x.rank}) AS later
OPTIONAL CALL {
  WITH $nodes AS nodes WHERE nodes = 'Measure'
  MATCH (y:Measure) WHERE y.version = $fromVersion AND ($ministryId IS NULL OR y.ministryId = $ministryId)
  RETURN y
  UNION
  WITH $nodes AS nodes WHERE nodes = 'PriorityItem'
  MATCH (y:PriorityItem) WHERE y.version = $fromVersion AND ($ministryId IS NULL OR y.ministryId = $ministryId)
  RETURN y
}
WITH later, y, y IS NOT NULL AND NOT EXISTS { (y)<-[:CONTINUES]-(z) WHERE z.version = $toVersion } AS isDropped
OPTIONAL MATCH (:Lineage {uid: $lineageUid})-[d:DROPPED]->(y)
WITH later, collect(CASE WHEN isDropped THEN {kind: 'DROPPED', before: y {.*, textCompact: null, rawClauses: null, rowKeys: null, titleKey: null, titleLines: null}, after: null, score: null, reason: coalesce(d.reason, 'nothing of the year after continues it'), sort: 1000000000000 + y.rank} END) AS dropped
WITH later + dropped AS all
UNWIND all AS entry
WITH entry ORDER BY entry.sort
WITH collect(entry) AS all
RETURN
  {
    continued: size([e IN all WHERE e.kind = 'CONTINUED']),
    changed: size([e IN all WHERE e.kind = 'CHANGED']),
    new: size([e IN all WHERE e.kind = 'NEW']),
    dropped: size([e IN all WHERE e.kind = 'DROPPED'])
  } AS counts,
  size([e IN all WHERE $kinds IS NULL OR e.kind IN $kinds]) AS totalCount,
  [e IN all WHERE ($kinds IS NULL OR e.kind IN $kinds) AND e.sort > $afterSort][..toInteger($limit) + 1] AS entries
