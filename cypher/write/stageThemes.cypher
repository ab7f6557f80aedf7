// The theme taxonomy, as the version being staged holds it ($rows: {uid, props}). searchText (names
// and terms in one string) is what the theme_text index reads.
UNWIND $rows AS row
MERGE (t:Theme {uid: row.uid})
SET t = row.props
