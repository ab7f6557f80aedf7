// The ministry of a priority item (DataLoader batch).
UNWIND $ids AS id
MATCH (m:Ministry)-[:HAS_PRIORITY]->(:PriorityItem {id: id})
RETURN id, m {.*} AS value
