// The ministry of a priority item (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (m:Ministry)-[:HAS_PRIORITY]->(:PriorityItem {uid: id})
RETURN id, m {.*} AS value
