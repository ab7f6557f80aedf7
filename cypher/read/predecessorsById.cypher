// The measure or priority item each uid continues in the loaded year just before its own
// ($previous: the served version of the year before, by version; DataLoader batch: $ids are uids).
// CONTINUES may also reach versions no longer served or a year no longer adjacent: only the served
// version of the year just before counts.
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (x:Measure {uid: id})-[c:CONTINUES]->(p:Measure) RETURN x, c, p
  UNION
  WITH id
  MATCH (x:PriorityItem {uid: id})-[c:CONTINUES]->(p:PriorityItem) RETURN x, c, p
}
WITH id, x, c, p WHERE p.version = $previous[x.version]
RETURN id, {node: p {.*, textCompact: null, rawClauses: null, rowKeys: null, titleKey: null, titleLines: null}, kind: c.kind, score: c.score, textScore: c.textScore, sharedTerms: c.sharedTerms, sharedThemes: c.sharedThemes, reason: c.reason} AS value
