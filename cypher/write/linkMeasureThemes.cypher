// A measure carries a theme, with the terms of its text that show it ($rows: {from, to, props: {terms}}).
UNWIND $rows AS row
MATCH (x:Measure {uid: row.from}), (t:Theme {uid: row.to})
MERGE (x)-[r:HAS_THEME]->(t)
SET r = row.props
