// The seed nodes of `graph`, by kind, plus $nodeIds of any drawable label. Every branch is an
// index seek on its label's id (a label-less MATCH would scan every node). Unknown ids give no row
// (and before the discovery step has made themes, the Theme label does not exist: that MATCH just
// finds nothing). Search keys (textCompact, searchText, termKeys) are left out of `data`;
// without $withData a node carries only the fields its label is made of.
MATCH (n:Ministry) WHERE n.id IN $ministryIds + $nodeIds
RETURN n.id AS id, 'Ministry' AS type, CASE WHEN $withData THEN n {.*, textCompact: null, searchText: null, termKeys: null} ELSE n {.nameJa, .nameEn, .title, .head, .path} END AS data
UNION
MATCH (n:PriorityItem) WHERE n.id IN $nodeIds
RETURN n.id AS id, 'PriorityItem' AS type, CASE WHEN $withData THEN n {.*, textCompact: null, searchText: null, termKeys: null} ELSE n {.nameJa, .nameEn, .title, .head, .path} END AS data
UNION
MATCH (n:Measure) WHERE n.id IN $measureIds + $nodeIds
RETURN n.id AS id, 'Measure' AS type, CASE WHEN $withData THEN n {.*, textCompact: null, searchText: null, termKeys: null} ELSE n {.nameJa, .nameEn, .title, .head, .path} END AS data
UNION
MATCH (n:Clause) WHERE n.id IN $clauseIds + $nodeIds
RETURN n.id AS id, 'Clause' AS type, CASE WHEN $withData THEN n {.*, textCompact: null, searchText: null, termKeys: null} ELSE n {.nameJa, .nameEn, .title, .head, .path} END AS data
UNION
MATCH (n:Theme) WHERE n.id IN $themeIds + $nodeIds
RETURN n.id AS id, 'Theme' AS type, CASE WHEN $withData THEN n {.*, textCompact: null, searchText: null, termKeys: null} ELSE n {.nameJa, .nameEn, .title, .head, .path} END AS data
