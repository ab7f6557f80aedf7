// The themes a measure carries, with the terms that show them, in taxonomy order (DataLoader batch: $ids are uids).
UNWIND $ids AS id
MATCH (:Measure {uid: id})-[r:HAS_THEME]->(t:Theme)
WITH id, t, r ORDER BY t.order, t.id
RETURN id, collect({theme: t {.*, searchText: null}, terms: r.terms}) AS value
