// The lineage between two fiscal years' versions (src/lineage/): one (:Lineage) per pair of versions,
// linked to the measures and items of the later year it finds new (NEW) and to those of the earlier
// year it finds dropped (DROPPED), each link with its reason ($rows: {uid, props, newMeasures,
// newItems, droppedMeasures, droppedItems: [{uid, props}]}). CONTINUES links: link*Continues.cypher.
UNWIND $rows AS row
MERGE (l:Lineage {uid: row.uid})
SET l = row.props
WITH l, row
CALL {
  WITH l, row
  UNWIND row.newMeasures AS entry
  MATCH (n:Measure {uid: entry.uid})
  MERGE (l)-[r:NEW]->(n)
  SET r = entry.props
}
CALL {
  WITH l, row
  UNWIND row.newItems AS entry
  MATCH (n:PriorityItem {uid: entry.uid})
  MERGE (l)-[r:NEW]->(n)
  SET r = entry.props
}
CALL {
  WITH l, row
  UNWIND row.droppedMeasures AS entry
  MATCH (n:Measure {uid: entry.uid})
  MERGE (l)-[r:DROPPED]->(n)
  SET r = entry.props
}
CALL {
  WITH l, row
  UNWIND row.droppedItems AS entry
  MATCH (n:PriorityItem {uid: entry.uid})
  MERGE (l)-[r:DROPPED]->(n)
  SET r = entry.props
}
