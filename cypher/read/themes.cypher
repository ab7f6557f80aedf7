// The theme taxonomy of a year's report ($version) in its order.
MATCH (t:Theme)
WHERE t.version = $version
RETURN t {.*, searchText: null} AS theme
ORDER BY t.order, t.id
