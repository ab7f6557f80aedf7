// Priority items by id (DataLoader batch).
UNWIND $ids AS id
MATCH (p:PriorityItem {id: id})
RETURN id, p {.*} AS value
