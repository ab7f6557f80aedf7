// A measure carries a theme, with the terms of its text that show it.
UNWIND $links AS row
MATCH (x:Measure {id: row.measureId})
MATCH (t:Theme {id: row.themeId})
MERGE (x)-[r:HAS_THEME]->(t)
SET r.terms = row.terms
