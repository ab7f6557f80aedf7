// Version 1: one node per id. Constraints come before any data; IF NOT EXISTS makes a rerun harmless.
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (r:Report) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT ministry_id IF NOT EXISTS FOR (m:Ministry) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT priority_item_id IF NOT EXISTS FOR (p:PriorityItem) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (m:Measure) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT clause_id IF NOT EXISTS FOR (c:Clause) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE;
