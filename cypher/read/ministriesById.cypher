// Ministries by id (DataLoader batch): one row per id found.
UNWIND $ids AS id
MATCH (m:Ministry {id: id})
RETURN id, m {.*} AS value
