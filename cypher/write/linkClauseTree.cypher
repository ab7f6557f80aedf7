UNWIND $edges AS edge
MATCH (parent:Clause {id: edge.parentId}), (child:Clause {id: edge.childId})
MERGE (parent)-[:HAS_CHILD]->(child)
