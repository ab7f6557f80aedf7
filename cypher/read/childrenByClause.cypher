// The children of a guideline clause, by path (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (:Clause {uid: id})-[:HAS_CHILD]->(child:Clause)
WITH id, child ORDER BY child.path
RETURN id, collect(child {.*}) AS value
