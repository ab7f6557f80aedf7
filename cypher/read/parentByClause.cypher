// The parent of a guideline clause (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (parent:Clause)-[:HAS_CHILD]->(:Clause {uid: id})
RETURN id, parent {.*} AS value
