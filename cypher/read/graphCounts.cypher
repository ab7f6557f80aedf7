// Nodes and relationships by type in the versions served ($versions: one per loaded fiscal year),
// for the ingest summary and `stats`. Index seeks by label and version; a relationship is counted
// from its start node (CONTINUES runs from a year to the year before: counted with the later year).
CALL {
  MATCH (r:Report) WHERE r.version IN $versions RETURN 'Report' AS type, count(r) AS count
  UNION ALL
  MATCH (n:Ministry) WHERE n.version IN $versions RETURN 'Ministry' AS type, count(n) AS count
  UNION ALL
  MATCH (n:PriorityItem) WHERE n.version IN $versions RETURN 'PriorityItem' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Measure) WHERE n.version IN $versions RETURN 'Measure' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Clause) WHERE n.version IN $versions RETURN 'Clause' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Theme) WHERE n.version IN $versions RETURN 'Theme' AS type, count(n) AS count
}
WITH type, count WHERE count > 0
RETURN 'node' AS kind, type, count
UNION ALL
CALL {
  MATCH (n:Ministry)-[r]->() WHERE n.version IN $versions RETURN type(r) AS type
  UNION ALL
  MATCH (n:PriorityItem)-[r]->() WHERE n.version IN $versions RETURN type(r) AS type
  UNION ALL
  MATCH (n:Measure)-[r]->() WHERE n.version IN $versions RETURN type(r) AS type
  UNION ALL
  MATCH (n:Clause)-[r]->() WHERE n.version IN $versions RETURN type(r) AS type
}
RETURN 'edge' AS kind, type, count(*) AS count
