// Any API node by uid, with its type (for `node(id)`; DataLoader batch: $ids are uids).
UNWIND $ids AS id
OPTIONAL MATCH (a:Ministry {uid: id})
OPTIONAL MATCH (b:PriorityItem {uid: id})
OPTIONAL MATCH (c:Measure {uid: id})
OPTIONAL MATCH (d:Clause {uid: id})
WITH id, coalesce(a, b, c, d) AS n
WHERE n IS NOT NULL
RETURN id, n {.*, textCompact: null, rawClauses: null, rowKeys: null, titleKey: null, titleLines: null, __typename: [l IN labels(n) WHERE l IN ['Ministry', 'PriorityItem', 'Measure', 'Clause']][0]} AS value
