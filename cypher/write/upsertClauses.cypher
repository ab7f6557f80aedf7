UNWIND $clauses AS row
MERGE (c:Clause {id: row.id})
SET c.path = row.path, c.title = row.title, c.titleVariants = row.titleVariants,
    c.level = row.level, c.kind = row.kind, c.ministryId = row.ministryId
