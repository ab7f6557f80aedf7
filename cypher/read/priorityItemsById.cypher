// Priority items by uid (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (p:PriorityItem {uid: id})
RETURN id, p {.*, rawClauses: null, rowKeys: null, titleKey: null, titleLines: null} AS value
