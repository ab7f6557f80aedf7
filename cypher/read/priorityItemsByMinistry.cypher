// A ministry's priority items in report order (DataLoader batch).
UNWIND $ids AS id
MATCH (:Ministry {id: id})-[:HAS_PRIORITY]->(p:PriorityItem)
WITH id, p ORDER BY p.order
RETURN id, collect(p {.*}) AS value
