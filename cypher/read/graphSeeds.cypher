// The seed nodes of `graph`, by kind. Unknown ids give no row (and before the discovery step has
// made themes, the Theme label does not exist: that MATCH just finds nothing).
MATCH (n:Ministry) WHERE n.id IN $ministryIds
RETURN n.id AS id, 'Ministry' AS type, properties(n) AS data
UNION
MATCH (n:Measure) WHERE n.id IN $measureIds
RETURN n.id AS id, 'Measure' AS type, properties(n) AS data
UNION
MATCH (n:Clause) WHERE n.id IN $clauseIds
RETURN n.id AS id, 'Clause' AS type, properties(n) AS data
UNION
MATCH (n:Theme) WHERE n.id IN $themeIds
RETURN n.id AS id, 'Theme' AS type, properties(n) AS data
UNION
MATCH (n) WHERE n.id IN $nodeIds AND (n:Ministry OR n:PriorityItem OR n:Measure OR n:Clause OR n:Theme)
RETURN n.id AS id, [l IN labels(n) WHERE l IN ['Ministry', 'PriorityItem', 'Measure', 'Clause', 'Theme']][0] AS type, properties(n) AS data
