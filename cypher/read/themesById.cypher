// Themes by id (DataLoader batch).
UNWIND $ids AS id
MATCH (t:Theme {id: id})
RETURN id, t {.*, searchText: null} AS value
