// How many indexes the database has beyond Neo4j's own token lookup indexes (constraints come with
// an index each): 0 on a database no migration has touched.
SHOW INDEXES YIELD type WHERE type <> 'LOOKUP'
RETURN count(*) AS count
