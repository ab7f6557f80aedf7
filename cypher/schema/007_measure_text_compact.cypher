// Version 7: a text index (trigrams) on Measure.textCompact, so a `textContains` filter over every
// measure reads the matches, not every measure's text (with the data grown 100×, 17 200 texts).
CREATE TEXT INDEX measure_text_compact IF NOT EXISTS FOR (x:Measure) ON (x.textCompact);
