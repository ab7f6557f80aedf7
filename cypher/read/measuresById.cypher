// Measures by id (DataLoader batch).
UNWIND $ids AS id
MATCH (x:Measure {id: id})
RETURN id, x {.*} AS value
