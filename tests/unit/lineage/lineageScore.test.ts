/**
 * Lineage scored against the generator's truth: precision and recall of the measure and item
 * links for three seeds (printed), and the diff's classification of the measures carried over.
 */
import { loadTokenizer } from '../../../src/discovery/tokenizer';
import { lineageYearFromRecords, matchLineage, type LineageTools } from '../../../src/lineage';
import { scoreLinks, type LinkScore } from '../../../src/synth/scoreLinks';
import { bundledReport, nextYear, type Bundled } from '../../helpers/nextYear';

let bundled: Bundled;
let tools: LineageTools;
beforeAll(async () => {
  bundled = await bundledReport();
  // The bundled year is analysed once for all runs (the analyser is pure: same text, same terms).
  const tokenizer = await loadTokenizer();
  const seen = new Map<string, ReturnType<typeof tokenizer.terms>>();
  const terms = (text: string) => seen.get(text) ?? (seen.set(text, tokenizer.terms(text)).get(text) as ReturnType<typeof tokenizer.terms>);
  tools = { tokenizer: { ...tokenizer, terms }, taxonomy: bundled.taxonomy };
});

const line = (what: string, s: LinkScore) =>
  `${what} precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} (${s.correct} right of ${s.found} found, ${s.expected} expected)` +
  [...s.wrong.map((w) => `\n    wrong ${w}`), ...s.missed.map((m) => `\n    missed ${m}`)].join('');

const runs = new Map<string, ReturnType<typeof runOnce>>();
const run = (seed: number, knobs: object = {}) => {
  const key = JSON.stringify([seed, knobs]);
  if (!runs.has(key)) runs.set(key, runOnce(seed, knobs));
  return runs.get(key) as ReturnType<typeof runOnce>;
};
const runOnce = (seed: number, knobs: object) => {
  const { records, truth } = nextYear(bundled, { seed, ...knobs });
  const result = matchLineage(lineageYearFromRecords(bundled.records), lineageYearFromRecords(records), tools);
  const measures = scoreLinks(result.measureLinks, truth.ministries.flatMap((m) => m.measures));
  const items = scoreLinks(result.itemLinks, truth.ministries.flatMap((m) => m.items));
  return { truth, result, measures, items };
};

test.each([1, 7, 42])('seed %i: measure and item links have precision and recall of at least 0.95', (seed) => {
  const { measures, items, result } = run(seed);
  console.log(`lineage, seed ${seed}: ${line('measures', measures)}\n  ${line('items', items)}\n  matched in ${result.timings.totalMs} ms (the bundled year's terms cached)`);
  expect(measures.precision).toBeGreaterThanOrEqual(0.95);
  expect(measures.recall).toBeGreaterThanOrEqual(0.95);
  expect(items.precision).toBeGreaterThanOrEqual(0.95);
  expect(items.recall).toBeGreaterThanOrEqual(0.95);
});

test('a harder year (new measures on themes the ministry has, 30 % dropped, all rewordable reworded) still scores at least 0.95', () => {
  const { measures, items } = run(11, { sameThemeNew: true, dropShare: 0.3, newShare: 0.3, rewordShare: 1 });
  console.log(`lineage, seed 11, harder: ${line('measures', measures)}\n  ${line('items', items)}`);
  expect(measures.precision).toBeGreaterThanOrEqual(0.95);
  expect(measures.recall).toBeGreaterThanOrEqual(0.95);
});

test('the diff calls a kept measure whose words did not change continued, and most reworded ones changed', () => {
  const { truth, result } = run(7);
  const changes = new Map(result.diff.ministries.flatMap((d) => d.measures.filter((c) => c.kind !== 'dropped').map((c) => [c.id, c])));
  const kept = truth.ministries.flatMap((m) => m.measures).filter((m) => m.continues !== null);
  for (const m of kept.filter((k) => k.edits.length === 0)) expect(changes.get(m.id)?.kind).toBe('continued');
  const reworded = kept.filter((k) => k.edits.length > 0);
  const changed = reworded.filter((m) => changes.get(m.id)?.kind === 'changed').length;
  console.log(`lineage, seed 7: ${changed} of ${reworded.length} reworded measures are "changed" (text cosine below 0.95), the rest "continued"`);
  expect(changed / reworded.length).toBeGreaterThan(0.4);
  // Every truth-new measure is new in the diff, every dropped one dropped.
  const fresh = truth.ministries.flatMap((m) => m.measures).filter((m) => m.continues === null);
  for (const m of fresh) expect(changes.get(m.id)?.kind).toBe('new');
  const dropped = result.diff.ministries.flatMap((d) => d.measures.filter((c) => c.kind === 'dropped').map((c) => c.id));
  expect(dropped.sort()).toEqual([...truth.dropped].sort());
});
