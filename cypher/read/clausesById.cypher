// Clauses by uid (DataLoader batch: $ids are uids); guideline ids are "clause/<path>".
UNWIND $ids AS id
MATCH (c:Clause {uid: id})
RETURN id, c {.*} AS value
