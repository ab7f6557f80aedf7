// The priority item of a measure (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (p:PriorityItem)-[:HAS_MEASURE]->(:Measure {uid: id})
RETURN id, p {.*, rawClauses: null, rowKeys: null, titleKey: null, titleLines: null} AS value
