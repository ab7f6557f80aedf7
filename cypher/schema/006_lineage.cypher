// Version 6: lineage between fiscal years. One (:Lineage) per pair of versions (earlier, later),
// found by uid and removed with either version.
CREATE CONSTRAINT lineage_uid IF NOT EXISTS FOR (l:Lineage) REQUIRE l.uid IS UNIQUE;
CREATE INDEX lineage_from_version IF NOT EXISTS FOR (l:Lineage) ON (l.fromVersion);
CREATE INDEX lineage_to_version IF NOT EXISTS FOR (l:Lineage) ON (l.toVersion);
