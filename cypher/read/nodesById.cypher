// Any API node by id, with its type (for `node(id)`).
UNWIND $ids AS id
OPTIONAL MATCH (a:Ministry {id: id})
OPTIONAL MATCH (b:PriorityItem {id: id})
OPTIONAL MATCH (c:Measure {id: id})
OPTIONAL MATCH (d:Clause {id: id})
WITH id, coalesce(a, b, c, d) AS n
WHERE n IS NOT NULL
RETURN id, n {.*, __typename: [l IN labels(n) WHERE l IN ['Ministry', 'PriorityItem', 'Measure', 'Clause']][0]} AS value
