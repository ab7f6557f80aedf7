// The theme taxonomy. searchText (names and terms in one string) is what the theme_text index reads.
UNWIND $themes AS row
MERGE (t:Theme {id: row.id})
SET t.slug = row.slug, t.nameJa = row.nameJa, t.nameEn = row.nameEn, t.order = row.order, t.terms = row.terms,
    t.termKeys = row.termKeys, t.searchText = row.searchText
