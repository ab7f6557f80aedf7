// Version 2: lookups the API makes by something other than id.
CREATE INDEX clause_path IF NOT EXISTS FOR (c:Clause) ON (c.path);
CREATE INDEX clause_kind IF NOT EXISTS FOR (c:Clause) ON (c.kind);
CREATE INDEX measure_status IF NOT EXISTS FOR (m:Measure) ON (m.status);
CREATE INDEX priority_item_order IF NOT EXISTS FOR (p:PriorityItem) ON (p.order);
