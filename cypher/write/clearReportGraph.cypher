// Ingest replaces the report's graph inside its own transaction: readers see the old graph or the
// new one, never a mix, and loading the same report twice gives the same graph. Deleting the
// measures deletes their HAS_THEME and SIMILAR_TO relationships.
MATCH (n)
WHERE n:Report OR n:Ministry OR n:PriorityItem OR n:Measure OR n:Clause OR n:Theme
DETACH DELETE n
