// Themes by uid (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (t:Theme {uid: id})
RETURN id, t {.*, searchText: null} AS value
