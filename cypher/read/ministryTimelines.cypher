// Each ministry (public id; DataLoader batch) in every loaded year ($years, oldest first: fiscalYear,
// fiscalYearJa, version and the version of the loaded year before, null for the first): its item and
// measure counts, and its measures compared with the year before — continued and changed (linked by
// CONTINUES of that kind), new (linked to nothing there), dropped (of the year before, continued by
// nothing). `ministry` is null in a year whose report does not cover it.
UNWIND $ids AS id
UNWIND $years AS y
OPTIONAL MATCH (m:Ministry {uid: y.version + '|' + id})
OPTIONAL MATCH (before:Ministry {uid: y.previous + '|' + id})
WITH id, y, m, before,
  [(m)-[:HAS_PRIORITY]->(:PriorityItem)-[:HAS_MEASURE]->(x:Measure) | x] AS measures
WITH id, y, m, before, measures,
  [x IN measures | head([(x)-[c:CONTINUES]->(p:Measure) WHERE p.version = y.previous | c.kind])] AS links
RETURN id, collect({
  fiscalYear: y.fiscalYear,
  fiscalYearJa: y.fiscalYearJa,
  ministry: m {.*},
  priorityItemCount: COUNT { (m)-[:HAS_PRIORITY]->(:PriorityItem) },
  measureCount: size(measures),
  changes: CASE WHEN y.previous IS NULL THEN null ELSE {
    continued: size([k IN links WHERE k = 'CONTINUED']),
    changed: size([k IN links WHERE k = 'CHANGED']),
    new: size([k IN links WHERE k IS NULL]),
    dropped: COUNT { (before)-[:HAS_PRIORITY]->(:PriorityItem)-[:HAS_MEASURE]->(p:Measure) WHERE NOT EXISTS { (p)<-[:CONTINUES]-(x:Measure) WHERE x.version = y.version } }
  } END
}) AS value
