// One year's report ($version) as lineage reads it (src/lineage/lineageYear.ts, LineageRow): one
// row per measure with its item and ministry (an item without measures: one row, measure fields
// null), the status tag as printed and the guideline clause paths of the measure.
MATCH (m:Ministry)-[:HAS_PRIORITY]->(p:PriorityItem)
WHERE m.version = $version
OPTIONAL MATCH (p)-[:HAS_MEASURE]->(x:Measure)
RETURN m.id AS ministryId, m.order AS ministryOrder, p.id AS itemId, p.title AS itemTitle, p.order AS itemOrder,
       x.id AS measureId, x.order AS measureOrder, x.text AS text, x.statusJa AS status,
       CASE WHEN x IS NULL THEN null ELSE [(x)-[:UNDER_CLAUSE]->(c:Clause {kind: 'GUIDELINE'}) | c.path] END AS clauseRefs
