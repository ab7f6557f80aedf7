// A ministry's priority items in report order (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (:Ministry {uid: id})-[:HAS_PRIORITY]->(p:PriorityItem)
WITH id, p ORDER BY p.order
RETURN id, collect(p {.*, rawClauses: null, rowKeys: null, titleKey: null, titleLines: null}) AS value
