// The theme taxonomy in its order.
MATCH (t:Theme)
RETURN t {.*, searchText: null} AS theme
ORDER BY t.order, t.id
