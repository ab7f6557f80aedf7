// Version 3: discovery. One Theme per id, and full-text indexes for `search` with the CJK analyzer
// (Lucene's CJKAnalyzer: width-normalised, lower-cased, Japanese and Chinese text as overlapping
// character bigrams), one per searchable type so each type can be ranked and limited on its own.
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (t:Theme) REQUIRE t.id IS UNIQUE;
CREATE FULLTEXT INDEX measure_text IF NOT EXISTS FOR (n:Measure) ON EACH [n.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX priority_item_title IF NOT EXISTS FOR (n:PriorityItem) ON EACH [n.title]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX clause_title IF NOT EXISTS FOR (n:Clause) ON EACH [n.title, n.path]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX theme_text IF NOT EXISTS FOR (n:Theme) ON EACH [n.nameJa, n.nameEn, n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
