/** The synthetic next-year report: it parses back as its truth says, and it is what the brief asks for. */
import { themeMatcher } from '../../../src/discovery/assignThemes';
import { checkTruth } from '../../../src/synth/checkTruth';
import { shiftReiwa } from '../../../src/synth/layout';
import { synthesizeNextYear } from '../../../src/synth/synthesizeNextYear';
import { bundledReport, nextYear, type Bundled } from '../../helpers/nextYear';

let bundled: Bundled;
beforeAll(async () => {
  bundled = await bundledReport();
});

const SEEDS = [1, 7, 42];

test.each(SEEDS)('seed %i: the report parses back into the ministries, items and measures of its truth', (seed) => {
  const { records, truth } = nextYear(bundled, { seed });
  expect(checkTruth(records, truth)).toEqual([]);
  expect(records.report).toMatchObject({ fiscalYear: '令和7年度', measuresFiscalYear: '令和6年度' });
  expect(records.ministries.map((m) => m.ministryId)).toEqual(bundled.records.ministries.map((m) => m.ministryId));
  // Defaults: 10 % of 172 measures dropped (17), 10 % added to existing items (17), one new item of 2.
  const items = records.ministries.flatMap((m) => m.priorityItems);
  const measures = items.flatMap((p) => p.measures);
  expect(items).toHaveLength(84 + 1);
  expect(truth.dropped).toHaveLength(17);
  expect(measures).toHaveLength(172 - 17 + 17 + 2);
  expect(measures.filter((m) => truth.ministries.flatMap((t) => t.measures).find((t) => t.id === m.id)?.continues === null)).toHaveLength(19);
});

test('kept measures move on a year: 【新規】 becomes 【継続】, a reworded one no longer matches its old text', () => {
  const { records, truth } = nextYear(bundled, { seed: 7 });
  const before = new Map(bundled.records.ministries.flatMap((m) => m.priorityItems.flatMap((p) => p.measures.map((x) => [x.id, x]))));
  const after = new Map(records.ministries.flatMap((m) => m.priorityItems.flatMap((p) => p.measures.map((x) => [x.id, x]))));
  const kept = truth.ministries.flatMap((m) => m.measures).filter((m) => m.continues !== null);
  expect(kept.filter((m) => before.get(m.continues as string)?.status === '新規').length).toBeGreaterThan(10);
  for (const m of kept) expect(after.get(m.id)?.status).not.toBe('新規');
  const reworded = kept.filter((m) => m.edits.length > 0);
  expect(reworded.length).toBeGreaterThan(30);
  for (const m of reworded) expect(after.get(m.id)?.text).not.toBe(shiftReiwa(before.get(m.continues as string)?.text ?? ''));
  // The others keep their words; only the year moves on.
  for (const m of kept.filter((k) => k.edits.length === 0)) expect(after.get(m.id)?.text).toBe(shiftReiwa(before.get(m.continues as string)?.text ?? ''));
});

test('an item is renamed, a ministry gets a new item, and new measures take themes their ministry never had', () => {
  const { records, truth } = nextYear(bundled, { seed: 7 });
  const items = truth.ministries.flatMap((m) => m.items);
  expect(items.filter((i) => i.renamed)).toHaveLength(1);
  const fresh = items.filter((i) => i.continues === null);
  expect(fresh).toHaveLength(1);
  const ministry = records.ministries.find((m) => fresh[0].id.startsWith(`${m.ministryId}/`));
  expect(ministry?.priorityItems.at(-1)).toMatchObject({ id: fresh[0].id, title: fresh[0].title });
  expect(ministry?.priorityItems.at(-1)?.measures.map((m) => m.status)).toEqual(['新規', '新規']);
  expect(ministry?.priorityItems.at(-1)?.clauseRefs.length).toBeGreaterThan(0);

  const matcher = themeMatcher(bundled.taxonomy);
  for (const t of truth.ministries) {
    const own = new Set(bundled.records.ministries.find((m) => m.ministryId === t.ministryId)?.priorityItems.flatMap((p) => p.measures.flatMap((x) => matcher.match(x.text).map((th) => th.slug))));
    const added = records.ministries.find((m) => m.ministryId === t.ministryId)?.priorityItems.flatMap((p) => p.measures).filter((x) => t.measures.find((tm) => tm.id === x.id)?.continues === null) ?? [];
    for (const x of added) {
      const themes = matcher.match(x.text).map((th) => th.slug);
      expect(themes.length).toBeGreaterThan(0);
      for (const th of themes) expect(own.has(th)).toBe(false);
    }
  }
});

test('the same seed gives the same bytes; another seed another report', () => {
  const a = synthesizeNextYear(bundled.text, bundled.records, { seed: 7, taxonomy: bundled.taxonomy });
  const b = synthesizeNextYear(bundled.text, bundled.records, { seed: 7, taxonomy: bundled.taxonomy });
  const c = synthesizeNextYear(bundled.text, bundled.records, { seed: 8, taxonomy: bundled.taxonomy });
  expect(b.text).toBe(a.text);
  expect(JSON.stringify(b.truth)).toBe(JSON.stringify(a.truth));
  expect(c.text).not.toBe(a.text);
});

test('the knobs are checked, and records of another text are refused', () => {
  const { text, records, taxonomy } = bundled;
  expect(() => synthesizeNextYear(text, records, { seed: 1.5, taxonomy })).toThrow(new TypeError('seed must be an integer, got 1.5'));
  expect(() => synthesizeNextYear(text, records, { seed: 1, taxonomy, dropShare: 2 })).toThrow(new TypeError('dropShare must be a share from 0 to 1, got 2'));
  expect(() => synthesizeNextYear(`${text}\n`, records, { seed: 1, taxonomy })).toThrow(/not the parse of this text/u);
});

test('with every knob at zero, only the year moves on', () => {
  const { records, truth } = nextYear(bundled, { seed: 3, dropShare: 0, rewordShare: 0, newShare: 0, renames: 0, newItems: 0 });
  expect(checkTruth(records, truth)).toEqual([]);
  expect(truth.ministries.flatMap((m) => m.measures).every((m) => m.continues === m.id)).toBe(true);
});
