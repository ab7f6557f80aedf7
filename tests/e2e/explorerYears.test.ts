/**
 * The explorer with two fiscal years in the graph — the bundled 令和6年度 report and a seeded
 * 令和7年度 one generated from it (src/synth, as tests/integration/years.test.ts loads them): the page
 * opens on the latest year; the year switch changes what is drawn and what is asked (graph,
 * search, detail, matrix) and the link; a ministry's timeline shows both years and, for 令和7年度,
 * the diff with 令和6年度 (its counts, its changes with reasons), and for 令和6年度 that there is no
 * year before.
 */
import fs from 'node:fs';
import { loadTaxonomy } from '../../src/discovery/taxonomy';
import { extractReport } from '../../src/ingest/extractReport';
import { ingestReport } from '../../src/ingest/ingestReport';
import { synthesizeNextYear } from '../../src/synth/synthesizeNextYear';
import { BUNDLED_REPORT, tempReport } from '../helpers/reportYears';
import { useApi } from '../integration/helpers/api';
import { facetCells, OVERVIEW_EDGE_TYPES, useExplorerPage } from './explorerPage';

jest.setTimeout(300_000);

const api = useApi({ versionTtlMs: 200 });
const ui = useExplorerPage(api);
const page = () => ui.page();

beforeAll(async () => {
  const { records, knowledge } = await extractReport(BUNDLED_REPORT, { reviewsDir: null });
  const next = synthesizeNextYear(fs.readFileSync(BUNDLED_REPORT, 'utf8'), records, { seed: 7, taxonomy: loadTaxonomy() });
  await ingestReport(api.executor(), tempReport(next.text, 'wlb-followup-r7-synthetic.txt'));
  // The app trusts its read of the served versions for 200 ms.
  await new Promise((resolve) => setTimeout(resolve, 300));
}, 300_000);

/** The last request the page posted whose query contains `field`. */
const lastPosted = (field: string) => [...ui.posted].reverse().find((p) => p.query.includes(field));

test('opens on the latest year: both years in the switch, the latest drawn', async () => {
  const { reports } = await api.data('{ reports { fiscalYear fiscalYearJa } }');
  expect(reports.map((r: { fiscalYear: number }) => r.fiscalYear)).toEqual([2025, 2024]);
  await ui.open();
  expect(await page().locator('#year option').allTextContents()).toEqual(['令和7年度（2025）', '令和6年度（2024）']);
  await expect(page().inputValue('#year')).resolves.toBe('2025');
  const whole = await ui.graphIds({ all: true }, 0, { edgeTypes: OVERVIEW_EDGE_TYPES, fiscalYear: 2025 });
  expect(await ui.drawnIds()).toEqual(whole.nodes);
  expect(whole.nodes.filter((id) => /\/p\d+\/m\d+$/u.test(id)).every((id) => id.startsWith('2025/'))).toBe(true);
  await expect(page().textContent('#status')).resolves.toMatch(/^令和7年度・/u);
  expect(await page().evaluate(() => location.hash)).toBe('#year=2025');
});

test('the year switch: 令和6年度 is drawn and asked for, and the link says so', async () => {
  const y2025 = await ui.drawnIds();
  await ui.act(() => page().selectOption('#year', '2024'));
  const whole = await ui.graphIds({ all: true }, 0, { edgeTypes: OVERVIEW_EDGE_TYPES, fiscalYear: 2024 });
  const drawn = await ui.drawnIds();
  expect(drawn).toEqual(whole.nodes);
  expect(drawn).not.toEqual(y2025);
  expect(lastPosted('graph(')?.variables.y).toBe(2024);
  await expect(page().textContent('#status')).resolves.toBe(`令和6年度・${whole.nodes.length} ノード・${whole.edges} エッジ`);
  await expect(page().getAttribute('body', 'data-year')).resolves.toBe('2024');
  expect(await page().evaluate(() => location.hash)).toBe('#year=2024');
});

test('search, neighbourhood and detail follow the year', async () => {
  await page().fill('#search-input', '内閣府');
  await ui.act(() => page().press('#search-input', 'Enter'));
  expect(lastPosted('search(')?.variables.y ?? lastPosted('textContains')?.variables.y).toBe(2024);
  await ui.act(() => page().click('#results li[data-id="cabinet-office"] button'));
  expect(await ui.drawnIds()).toEqual((await ui.graphIds({ nodeIds: ['cabinet-office'] }, 2, { fiscalYear: 2024 })).nodes);
  const measure = (await ui.drawnIds()).find((id) => id.startsWith('2024/cabinet-office/p1/m'));
  expect(measure).toBeDefined();
  const at = await ui.nodeOnPage(measure!);
  await ui.act(() => page().mouse.click(at.x, at.y));
  await expect(page().getAttribute('#detail', 'data-id')).resolves.toBe(measure);
  const { measure: read } = await api.data('query ($id: ID!) { measure(id: $id) { text } }', { id: measure });
  await expect(page().textContent('#detail .text')).resolves.toBe(read.text);
});

test('the matrix follows the year: its cells are each year\'s facets', async () => {
  const [y2024, y2025] = [await facetCells(api, 'CLAUSE_SECTION', 2024), await facetCells(api, 'CLAUSE_SECTION', 2025)];
  expect(y2024).not.toEqual(y2025); // else this test could not tell the years apart
  await ui.act(() => page().click('#view-matrix'));
  expect(await ui.matrixCells()).toEqual(y2024);
  await ui.act(() => page().selectOption('#year', '2025'));
  expect(await ui.matrixCells()).toEqual(y2025);
  expect(lastPosted('facets(')?.variables.y).toBe(2025);
  expect(await page().evaluate(() => location.hash)).toBe('#year=2025&view=matrix');
  await expect(page().textContent('#status')).resolves.toMatch(/^令和7年度・府省等 \d+ × 取組指針の区分/u);
});

test('a ministry\'s timeline: both years with their counts, and 令和6年度 → 令和7年度 with the diff\'s counts and changes', async () => {
  // A ministry whose measures changed (new or dropped ones), found through the API.
  const { ministries } = await api.data('{ ministries(first: 100) { edges { node { id timeline { fiscalYear fiscalYearJa measureCount priorityItemCount changes { continued changed new dropped } } } } } }');
  type Year = { fiscalYear: number; measureCount: number; priorityItemCount: number; changes: Record<string, number> | null };
  const ministry = ministries.edges.map((e: { node: { id: string; timeline: Year[] } }) => e.node).find((m: { timeline: Year[] }) => {
    const c = m.timeline[1]?.changes;
    return c && c.new > 0 && c.dropped > 0 && c.changed > 0;
  });
  expect(ministry).toBeDefined();
  const { reportDiff } = await api.data(
    `query ($id: ID!) { reportDiff(from: 2024, to: 2025, ministryId: $id) {
      counts { continued changed new dropped } priorityItemCounts { continued changed new dropped }
      measures(first: 100) { totalCount edges { node { kind reason before { id } after { id } } } }
    } }`,
    { id: ministry.id },
  );

  await ui.act(() => page().click(`#matrix th[data-row="${ministry.id}"] button`));
  await expect(page().getAttribute('#detail', 'data-id')).resolves.toBe(ministry.id);
  const rows = await page()
    .locator('#detail table.timeline tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => {
        const cell = (field: string) => tr.querySelector(`[data-field="${field}"]`)?.textContent;
        return { year: Number(tr.getAttribute('data-year')), measures: Number(cell('measureCount')), items: Number(cell('priorityItemCount')), changes: ['continued', 'changed', 'new', 'dropped'].map(cell) };
      }),
    );
  expect(rows).toEqual(
    ministry.timeline.map((y: Year) => ({
      year: y.fiscalYear,
      measures: y.measureCount,
      items: y.priorityItemCount,
      changes: ['continued', 'changed', 'new', 'dropped'].map((k) => (y.changes === null ? '—' : String(y.changes[k]))),
    })),
  );
  expect(rows.map((r) => r.year)).toEqual([2024, 2025]);

  const diff = page().locator('#detail .diff');
  await expect(diff.getAttribute('data-from')).resolves.toBe('2024');
  await expect(diff.getAttribute('data-to')).resolves.toBe('2025');
  const c = reportDiff.counts;
  await expect(diff.locator('[data-counts="measures"]').textContent()).resolves.toBe(`取組: 継続 ${c.continued}・変更 ${c.changed}・新規 ${c.new}・終了 ${c.dropped}`);
  const p = reportDiff.priorityItemCounts;
  await expect(diff.locator('[data-counts="priorityItems"]').textContent()).resolves.toBe(`重点項目: 継続 ${p.continued}・変更 ${p.changed}・新規 ${p.new}・終了 ${p.dropped}`);
  // Every change listed under its kind, with the lineage's reason.
  const listed = await diff.locator('li[data-kind]').evaluateAll((lis) => lis.map((li) => ({ kind: li.getAttribute('data-kind'), id: li.getAttribute('data-id'), reason: li.querySelector('.reason')?.textContent })));
  type Change = { kind: string; reason: string; before: { id: string } | null; after: { id: string } | null };
  const changes: Change[] = reportDiff.measures.edges.map((e: { node: Change }) => e.node);
  expect(reportDiff.measures.totalCount).toBe(changes.length);
  const order = ['CONTINUED', 'CHANGED', 'NEW', 'DROPPED'];
  expect(listed).toEqual(
    order.flatMap((kind) => changes.filter((x) => x.kind === kind).map((x) => ({ kind, id: (x.after ?? x.before)!.id, reason: x.reason }))),
  );
  for (const kind of order) expect(listed.filter((l) => l.kind === kind).length).toBe(c[kind.toLowerCase()]);

  // 令和6年度: the first year loaded, nothing before it.
  await ui.act(() => page().selectOption('#year', '2024'));
  await ui.act(() => page().click(`#matrix th[data-row="${ministry.id}"] button`));
  await expect(page().textContent('#detail .diff[data-diff="none"]')).resolves.toContain('最初の年度');
  await expect(page().getAttribute('#detail table.timeline tr.current', 'data-year')).resolves.toBe('2024');
});

test('every request the page made went to the API server, and no script error', async () => {
  for (const url of ui.requests) expect(url.startsWith(`${api.baseUrl()}/`)).toBe(true);
  expect(ui.pageErrors).toEqual([]);
});
