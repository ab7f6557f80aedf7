// Version 5: moves a graph written before version 4 (one report, nodes keyed by id alone) into the
// versioned model: its report becomes the version fy<year>xlegacy of its fiscal year, items and
// measures get ids that say their year, every node its uid and rank. On a graph without such nodes
// every statement matches nothing. Each statement checks `version IS NULL`, so a rerun after an
// interruption continues where it stopped.
MATCH (r:Report) WHERE r.version IS NULL AND r.fiscalYear =~ '(令和|平成)([0-9]+|元)年度'
WITH r, CASE WHEN r.fiscalYear STARTS WITH '令和' THEN 2018 ELSE 1988 END AS base, substring(r.fiscalYear, 2, size(r.fiscalYear) - 4) AS n
WITH r, base + CASE n WHEN '元' THEN 1 ELSE toInteger(n) END AS year
SET r.fiscalYearJa = r.fiscalYear, r.measuresFiscalYearJa = r.measuresFiscalYear,
    r.fiscalYear = year, r.measuresFiscalYear = year - 1, r.id = 'report/' + toString(year),
    r.version = 'fy' + toString(year) + 'xlegacy';
MATCH (:Report)-[c:COVERS]->(:Ministry) DELETE c;
MATCH (r:Report) WHERE r.version ENDS WITH 'xlegacy'
MATCH (m:Ministry) WHERE m.version IS NULL
SET m.version = r.version, m.uid = r.version + '|' + m.id, m.fiscalYear = r.fiscalYear, m.rank = m.order;
MATCH (r:Report) WHERE r.version ENDS WITH 'xlegacy'
MATCH (m:Ministry {version: r.version})-[:HAS_PRIORITY]->(p:PriorityItem) WHERE p.version IS NULL
WITH r, m, p, toString(r.fiscalYear) + '/' + p.id AS id
SET p.id = id, p.version = r.version, p.uid = r.version + '|' + id, p.fiscalYear = r.fiscalYear,
    p.ministryId = m.id, p.rank = m.order * 1000 + p.order,
    p.alignmentMethod = 'MACHINE', p.alignmentEvidence = '[]';
MATCH (r:Report) WHERE r.version ENDS WITH 'xlegacy'
MATCH (m:Ministry {version: r.version})-[:HAS_PRIORITY]->(p:PriorityItem)-[:HAS_MEASURE]->(x:Measure) WHERE x.version IS NULL
CALL {
  WITH r, m, p, x
  WITH r, m, p, x, toString(r.fiscalYear) + '/' + x.id AS id
  SET x.id = id, x.version = r.version, x.uid = r.version + '|' + id, x.fiscalYear = r.fiscalYear,
      x.itemId = p.id, x.rank = m.order * 1000000 + p.order * 1000 + x.order
} IN TRANSACTIONS OF 1000 ROWS;
MATCH (r:Report) WHERE r.version ENDS WITH 'xlegacy'
MATCH (n) WHERE (n:Clause OR n:Theme) AND n.version IS NULL
SET n.version = r.version, n.uid = r.version + '|' + n.id, n.fiscalYear = r.fiscalYear;
MATCH (r:Report) WHERE r.version ENDS WITH 'xlegacy'
MATCH (c:Clause {version: r.version}) WHERE c.rank IS NULL
WITH c ORDER BY c.kind, c.path
WITH collect(c) AS clauses
UNWIND range(0, size(clauses) - 1) AS i
WITH clauses[i] AS c, i
SET c.rank = i + 1;
