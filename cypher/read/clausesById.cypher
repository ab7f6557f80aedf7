// Clauses by id (DataLoader batch); guideline ids are "clause/<path>".
UNWIND $ids AS id
MATCH (c:Clause {id: id})
RETURN id, c {.*} AS value
