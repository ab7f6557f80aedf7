// Ministries by uid (DataLoader batch: $ids are uids): one row per id found.
UNWIND $ids AS id
MATCH (m:Ministry {uid: id})
RETURN id, m {.*} AS value
