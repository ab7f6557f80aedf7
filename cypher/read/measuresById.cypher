// Measures by uid (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (x:Measure {uid: id})
RETURN id, x {.*, textCompact: null} AS value
