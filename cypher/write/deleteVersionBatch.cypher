// Removes up to $limit nodes of a version that is not served (retired, or staged by an ingest that
// died), with their relationships, and the lineage records that join it to another year; the caller
// repeats until it returns 0. Index seeks by label.
CALL {
  MATCH (n:Lineage {fromVersion: $version}) RETURN n LIMIT toInteger($limit)
  UNION
  MATCH (n:Lineage {toVersion: $version}) RETURN n LIMIT toInteger($limit)
  UNION
  MATCH (n:Measure {version: $version}) RETURN n LIMIT toInteger($limit)
  UNION
  MATCH (n:PriorityItem {version: $version}) RETURN n LIMIT toInteger($limit)
  UNION
  MATCH (n:Ministry {version: $version}) RETURN n LIMIT toInteger($limit)
  UNION
  MATCH (n:Clause {version: $version}) RETURN n LIMIT toInteger($limit)
  UNION
  MATCH (n:Theme {version: $version}) RETURN n LIMIT toInteger($limit)
}
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS deleted
