// The priority item of a measure (DataLoader batch).
UNWIND $ids AS id
MATCH (p:PriorityItem)-[:HAS_MEASURE]->(:Measure {id: id})
RETURN id, p {.*} AS value
