// Counts of measures of the reports $versions for every combination of the values of $dimensions
// that occurs. Filters: $ministryIds (public ids), $clauseId (a guideline clause id: measures under
// it or below it), $themeIds, $statuses (null: no filter). A dimension not asked contributes one
// null value; a measure with no value of an asked dimension (no theme, no guideline clause) counts
// under a null key. Values carry their key, a label and a sort key. `measureCount` is the number of
// distinct measures matched, on every row.
UNWIND $versions AS version
MATCH (x:Measure)
WHERE x.version = version
  AND ($ministryIds IS NULL OR x.ministryId IN $ministryIds)
  AND ($statuses IS NULL OR x.status IN $statuses)
  AND ($themeIds IS NULL OR EXISTS { MATCH (x)-[:HAS_THEME]->(t:Theme) WHERE t.id IN $themeIds })
  AND ($clauseId IS NULL OR EXISTS { MATCH (x)-[:UNDER_CLAUSE]->(:Clause)<-[:HAS_CHILD*0..]-(:Clause {uid: version + '|' + $clauseId}) })
WITH x
WITH collect(x) AS matched
WITH matched, size(matched) AS measureCount
UNWIND matched AS x
WITH x, measureCount,
  CASE WHEN 'MINISTRY' IN $dimensions
    THEN [(m:Ministry)-[:HAS_PRIORITY]->(:PriorityItem)-[:HAS_MEASURE]->(x) | {key: m.id, label: m.nameJa, sort: m.order}]
    ELSE [null] END AS ministries,
  CASE WHEN 'CLAUSE_SECTION' IN $dimensions
    THEN [(x)-[:UNDER_CLAUSE]->(:Clause)<-[:HAS_CHILD*0..]-(s:Clause)<-[:HAS_CHILD]-(root:Clause) WHERE NOT EXISTS { (root)<-[:HAS_CHILD]-(:Clause) } | {key: s.path, label: s.path + ' ' + s.title, sort: s.rank}]
    ELSE [null] END AS sections,
  CASE WHEN 'CLAUSE' IN $dimensions
    THEN [(x)-[:UNDER_CLAUSE]->(c:Clause {kind: 'GUIDELINE'}) | {key: c.path, label: c.path + ' ' + c.title, sort: c.rank}]
    ELSE [null] END AS clauses,
  CASE WHEN 'THEME' IN $dimensions
    THEN [(x)-[:HAS_THEME]->(t:Theme) | {key: t.id, label: t.nameJa, sort: t.order}]
    ELSE [null] END AS themes,
  CASE WHEN 'STATUS' IN $dimensions THEN [{key: x.status, label: x.status, sort: 0}] ELSE [null] END AS statuses,
  // toInteger: a graph written before whole numbers were stored as integers holds 2024.0. The label
  // (令和6年度) is the caller's: src/facets/facetTable.ts names the year.
  CASE WHEN 'FISCAL_YEAR' IN $dimensions THEN [{key: toString(toInteger(x.fiscalYear)), label: null, sort: x.fiscalYear}] ELSE [null] END AS years
// A measure without a value of an asked dimension counts under a null key; one not asked is [null].
UNWIND CASE WHEN size(ministries) = 0 THEN [{key: null}] ELSE ministries END AS ministry
UNWIND CASE WHEN size(sections) = 0 THEN [{key: null}] ELSE sections END AS section
UNWIND CASE WHEN size(clauses) = 0 THEN [{key: null}] ELSE clauses END AS clause
UNWIND CASE WHEN size(themes) = 0 THEN [{key: null}] ELSE themes END AS theme
UNWIND statuses AS status
UNWIND years AS year
// Grouped by keys only: a ministry's label and order may differ between years.
WITH measureCount, x, ministry, section, clause, theme, status, year
WITH measureCount, ministry.key AS k1, section.key AS k2, clause.key AS k3, theme.key AS k4, status.key AS k5, year.key AS k6,
  count(DISTINCT x) AS count,
  head(collect(ministry)) AS ministry, head(collect(section)) AS section, head(collect(clause)) AS clause,
  head(collect(theme)) AS theme, head(collect(status)) AS status, head(collect(year)) AS year
RETURN measureCount, count, ministry, section, clause, theme, status, year
// Cells in the order of the dimensions as asked (so a cut at $limit keeps the first cells of that
// order): per dimension, a value before "none" (null key), then its sort position, then its key.
ORDER BY reduce(order = [], d IN $dimensions | order + CASE d
  WHEN 'MINISTRY' THEN [k1 IS NULL, coalesce(ministry.sort, 0), coalesce(k1, '')]
  WHEN 'CLAUSE_SECTION' THEN [k2 IS NULL, coalesce(section.sort, 0), coalesce(k2, '')]
  WHEN 'CLAUSE' THEN [k3 IS NULL, coalesce(clause.sort, 0), coalesce(k3, '')]
  WHEN 'THEME' THEN [k4 IS NULL, coalesce(theme.sort, 0), coalesce(k4, '')]
  WHEN 'STATUS' THEN [k5 IS NULL, coalesce(status.sort, 0), coalesce(k5, '')]
  ELSE [k6 IS NULL, coalesce(year.sort, 0), coalesce(k6, '')] END)
LIMIT toInteger($limit) + 1
