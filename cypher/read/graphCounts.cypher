// Nodes and relationships by type, for the ingest summary and `stats`.
MATCH (n) WHERE NOT n:Migration
UNWIND labels(n) AS type
RETURN 'node' AS kind, type, count(*) AS count
UNION ALL
MATCH ()-[r]->()
RETURN 'edge' AS kind, type(r) AS type, count(*) AS count
