// Ministries of the version being staged ($rows: {uid, props}). MERGE on uid: a batch the driver
// retries writes the same nodes again, not twice.
UNWIND $rows AS row
MERGE (m:Ministry {uid: row.uid})
SET m = row.props
