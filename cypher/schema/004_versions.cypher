// Version 4: several fiscal years in one graph, each served from one version of its report at a
// time (src/model/ids.ts). A public id repeats across years (cabinet-office) and across the versions
// of a year while an ingest stages a new one, so nodes are keyed by uid = <version>|<id>; the
// (:Report) of a fiscal year names its current version. Constraints before any data; IF EXISTS /
// IF NOT EXISTS make a rerun harmless.
DROP CONSTRAINT report_id IF EXISTS;
DROP CONSTRAINT ministry_id IF EXISTS;
DROP CONSTRAINT priority_item_id IF EXISTS;
DROP CONSTRAINT measure_id IF EXISTS;
DROP CONSTRAINT clause_id IF EXISTS;
DROP CONSTRAINT theme_id IF EXISTS;
CREATE CONSTRAINT report_fiscal_year IF NOT EXISTS FOR (r:Report) REQUIRE r.fiscalYear IS UNIQUE;
CREATE CONSTRAINT version_mark IF NOT EXISTS FOR (v:VersionMark) REQUIRE v.version IS UNIQUE;
CREATE CONSTRAINT ministry_uid IF NOT EXISTS FOR (n:Ministry) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT priority_item_uid IF NOT EXISTS FOR (n:PriorityItem) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT measure_uid IF NOT EXISTS FOR (n:Measure) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT clause_uid IF NOT EXISTS FOR (n:Clause) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT theme_uid IF NOT EXISTS FOR (n:Theme) REQUIRE n.uid IS UNIQUE;
// A year's nodes of one label in their report order: keyset pages (rank > cursor ORDER BY rank
// LIMIT first) read only the rows asked for.
CREATE INDEX ministry_version_rank IF NOT EXISTS FOR (n:Ministry) ON (n.version, n.rank);
CREATE INDEX priority_item_version_rank IF NOT EXISTS FOR (n:PriorityItem) ON (n.version, n.rank);
CREATE INDEX measure_version_rank IF NOT EXISTS FOR (n:Measure) ON (n.version, n.rank);
CREATE INDEX clause_version IF NOT EXISTS FOR (n:Clause) ON (n.version);
CREATE INDEX theme_version IF NOT EXISTS FOR (n:Theme) ON (n.version);
// The same thing across years (a ministry's timeline) and the removal of a retired version.
CREATE INDEX ministry_public_id IF NOT EXISTS FOR (n:Ministry) ON (n.id);
CREATE INDEX priority_item_public_id IF NOT EXISTS FOR (n:PriorityItem) ON (n.id);
CREATE INDEX measure_public_id IF NOT EXISTS FOR (n:Measure) ON (n.id);
// Full-text indexes hold the version too, so a search asks for one year's nodes in Lucene itself
// (+version:fy2024x… +(…)) and its limit counts only them.
DROP INDEX measure_text IF EXISTS;
DROP INDEX priority_item_title IF EXISTS;
DROP INDEX clause_title IF EXISTS;
DROP INDEX theme_text IF EXISTS;
CREATE FULLTEXT INDEX measure_text IF NOT EXISTS FOR (n:Measure) ON EACH [n.text, n.version]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX priority_item_title IF NOT EXISTS FOR (n:PriorityItem) ON EACH [n.title, n.version]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX clause_title IF NOT EXISTS FOR (n:Clause) ON EACH [n.title, n.path, n.version]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX theme_text IF NOT EXISTS FOR (n:Theme) ON EACH [n.nameJa, n.nameEn, n.searchText, n.version]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
