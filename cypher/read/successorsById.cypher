// The measures or priority items of the loaded year just after that continue each uid ($next: the
// served version of the year after, by version; DataLoader batch: $ids are uids), best first.
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (x:Measure {uid: id})<-[c:CONTINUES]-(s:Measure) RETURN x, c, s
  UNION
  WITH id
  MATCH (x:PriorityItem {uid: id})<-[c:CONTINUES]-(s:PriorityItem) RETURN x, c, s
}
WITH id, x, c, s WHERE s.version = $next[x.version]
WITH id, c, s ORDER BY c.score DESC, s.rank
RETURN id, collect({node: s {.*, textCompact: null, rawClauses: null, rowKeys: null, titleKey: null, titleLines: null}, kind: c.kind, score: c.score, textScore: c.textScore, sharedTerms: c.sharedTerms, sharedThemes: c.sharedThemes, reason: c.reason}) AS value
