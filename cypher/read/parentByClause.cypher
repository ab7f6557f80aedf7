// The parent of a guideline clause (DataLoader batch).
UNWIND $ids AS id
MATCH (parent:Clause)-[:HAS_CHILD]->(:Clause {id: id})
RETURN id, parent {.*} AS value
