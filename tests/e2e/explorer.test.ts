/**
 * The explorer page in headless Chromium, served by the API on the test Neo4j holding the bundled
 * report (one year): the whole graph of that year drawn, search (ministry, typed clause path,
 * words), a neighbourhood drawn, a measure clicked on the canvas and read in the panel with its
 * similar measures, a node expanded by double-click, the legend; priority items whose alignment is
 * doubtful marked in the drawing and read with their evidence; the matrix (ministries × sections
 * or themes) equal to `facets`, a cell's measures equal to `measures(where)`; a ministry's
 * timeline with one year loaded; the matrix opened by link without waiting for the graph; and no
 * request leaving the server. With EXPLORER_SCREENSHOTS=<folder> it saves explorer.png (a measure
 * read) and explorer-matrix.png (the matrix with a cell's measures) there (docs/).
 */
import path from 'node:path';
import { useApi } from '../integration/helpers/api';
import { facetCells, OVERVIEW_EDGE_TYPES, useExplorerPage } from './explorerPage';

jest.setTimeout(180_000);

const api = useApi();
const ui = useExplorerPage(api);
const page = () => ui.page();
const screenshot = async (name: string): Promise<void> => {
  const folder = process.env.EXPLORER_SCREENSHOTS;
  if (folder) await page().screenshot({ path: path.resolve(folder, name) });
};

/** The bundled report's year (2024), and ids of that year. */
let year = 0;
const ofYear = (local: string): string => `${year}/${local}`;

beforeAll(async () => {
  const { reports } = await api.data('{ reports { fiscalYear } }');
  year = reports[0].fiscalYear;
});

test('opens on the whole graph of the loaded year: the nodes and edges of the graph query, the year shown, a legend by type', async () => {
  const started = Date.now();
  await ui.open();
  const readyMs = Number(await page().getAttribute('body', 'data-ready-ms'));
  const whole = await ui.graphIds({ all: true }, 0, { edgeTypes: OVERVIEW_EDGE_TYPES });
  console.log(`explorer: whole graph (${whole.nodes.length} nodes, ${whole.edges} edges) drawn ${readyMs} ms after navigation start (${Date.now() - started} ms in the test)`);
  expect(await ui.drawnIds()).toEqual(whole.nodes);
  expect(await page().evaluate('window.explorer.cy.edges().length')).toBe(whole.edges);
  await expect(page().textContent('#status')).resolves.toBe(`令和6年度・${whole.nodes.length} ノード・${whole.edges} エッジ`);
  // The year: the switch (one option, so disabled), the page, the link, and the graph asked for it.
  expect(await page().locator('#year option').allTextContents()).toEqual([`令和6年度（${year}）`]);
  await expect(page().inputValue('#year')).resolves.toBe(String(year));
  expect(await page().evaluate(() => location.hash)).toBe(`#year=${year}`);
  expect(ui.posted.find((p) => p.query.includes('graph(') && (p.variables.seed as { all?: boolean })?.all)?.variables.y).toBe(year);
  const legend = await page().locator('#legend li[data-type]').allTextContents();
  expect(legend).toEqual([expect.stringMatching(/^府省等\d+$/u), expect.stringMatching(/^重点項目\d+$/u), expect.stringMatching(/^取組\d+$/u), expect.stringMatching(/^取組指針の項目\d+$/u), expect.stringMatching(/^テーマ\d+$/u)]);
  expect(ui.pageErrors).toEqual([]);
});

test('search a ministry and draw its neighbourhood (its priority items and their measures)', async () => {
  await page().fill('#search-input', '内閣府');
  await ui.act(() => page().press('#search-input', 'Enter'));
  const result = page().locator('#results li[data-type="Ministry"][data-id="cabinet-office"] button');
  await expect(result.textContent()).resolves.toBe('内閣府');
  await ui.act(() => result.click());
  expect(await ui.drawnIds()).toEqual((await ui.graphIds({ nodeIds: ['cabinet-office'] }, 2)).nodes);
  await expect(page().textContent('#detail h2')).resolves.toContain('内閣府');
});

test('click a measure on the canvas: its text, ministry, item and clauses, and similar measures of other ministries with reasons', async () => {
  const id = ofYear('cabinet-office/p4/m1');
  const { measure } = await api.data(`{ measure(id: "${id}") { text ministry { nameJa } priorityItem { title } clauses { path } } }`);
  const at = await ui.nodeOnPage(id);
  await ui.act(() => page().mouse.click(at.x, at.y));
  await expect(page().getAttribute('#detail', 'data-id')).resolves.toBe(id);
  const panel = (await page().textContent('#detail')) ?? '';
  expect(panel).toContain(measure.text);
  expect(panel).toContain(measure.ministry.nameJa);
  expect(panel).toContain(measure.priorityItem.title);
  for (const clause of measure.clauses) expect(panel).toContain(clause.path);

  const shown = await page()
    .locator('#detail .similar li')
    .evaluateAll((items) => items.map((li) => ({ id: li.getAttribute('data-id') ?? '', text: li.textContent ?? '' })));
  const { __type } = await api.data(`{ __type(name: "Query") { fields { name } } }`);
  if (__type.fields.some((f: { name: string }) => f.name === 'similarMeasures')) {
    const { similarMeasures } = await api.data(`{ similarMeasures(measureId: "${id}", first: 8) { measure { id } } }`);
    expect(shown.map((s) => s.id)).toEqual(similarMeasures.map((s: { measure: { id: string } }) => s.measure.id));
  } else {
    // Without the discovery queries the page reads the SIMILAR_TO relationships through `graph`.
    const around = await ui.graphIds({ measureIds: [id] }, 1, { edgeTypes: ['SIMILAR_TO'] });
    for (const s of shown) expect(around.nodes).toContain(s.id);
  }
  for (const s of shown) {
    expect(s.id.startsWith(ofYear('cabinet-office/'))).toBe(false);
    expect(s.id.startsWith(`${year}/`)).toBe(true);
    expect(s.text).toMatch(/類似度 \d\.\d\d/u);
    expect(s.text).toMatch(/共通(テーマ|語|の項目): /u);
  }
  if (shown.length === 0) expect(panel).toContain('見つかりません');
  await screenshot('explorer.png');
});

test('a similar measure in the panel opens it, drawn with its similarity edge to the measure read before', async () => {
  const from = ofYear('cabinet-office/p4/m1');
  await expect(page().getAttribute('#detail', 'data-id')).resolves.toBe(from);
  const drawnBefore = await ui.drawnIds();
  const first = page().locator('#detail .similar li').first();
  const id = await first.getAttribute('data-id');
  expect(id).not.toBeNull();
  await ui.act(() => first.locator('button').click());
  await expect(page().getAttribute('#detail', 'data-id')).resolves.toBe(id);
  expect(drawnBefore).not.toContain(id); // another ministry's: not in 内閣府's neighbourhood
  expect(await ui.drawnIds()).toContain(id);
  const linked = await page().evaluate(
    `window.explorer.cy.edges('[type = "SIMILAR_TO"]').filter((e) => [e.source().id(), e.target().id()].sort().join(' ') === ${JSON.stringify([from, id].sort().join(' '))}).length`,
  );
  expect(linked).toBeGreaterThan(0);
});

test('double-click a measure: its neighbours (clauses, themes, similar measures) are added to the drawing', async () => {
  const id = ofYear('cabinet-office/p4/m1');
  const before = await ui.drawnIds();
  const at = await ui.nodeOnPage(id);
  await ui.act(() => page().mouse.dblclick(at.x, at.y));
  const after = await ui.drawnIds();
  const neighbours = (await ui.graphIds({ nodeIds: [id] }, 1)).nodes;
  expect(after).toEqual([...new Set([...before, ...neighbours])].sort());
  expect(after.length).toBeGreaterThan(before.length);
});

test('search a clause path as users type it, and words', async () => {
  await page().fill('#search-input', 'II.3.(1)2');
  await ui.act(() => page().press('#search-input', 'Enter'));
  await expect(page().textContent('#results li[data-type="Clause"][data-id="clause/Ⅱ.3.(1)②"]')).resolves.toContain('Ⅱ.3.(1)② 管理職のマネジメント能力の向上');
  await ui.act(() => page().click('#results li[data-id="clause/Ⅱ.3.(1)②"] button'));
  expect(await ui.drawnIds()).toEqual((await ui.graphIds({ clausePaths: ['Ⅱ.3.(1)②'] }, 1)).nodes);

  await page().fill('#search-input', 'テレワーク');
  await ui.act(() => page().press('#search-input', 'Enter'));
  const found = await page()
    .locator('#results li[data-type="Measure"]')
    .evaluateAll((items) => items.map((li) => li.textContent ?? ''));
  expect(found.length).toBeGreaterThan(0);
  expect(found.some((text) => text.includes('テレワーク'))).toBe(true);
});

test('the legend hides and shows a type', async () => {
  const measures = page().locator('#legend li[data-type="Measure"]');
  const drawnMeasures = Number(await page().evaluate(`window.explorer.cy.nodes('[type = "Measure"]').length`));
  expect(drawnMeasures).toBeGreaterThan(0);
  // Counts of Measure nodes shown and hidden, read in the page (a function: the page's CSP forbids eval).
  const shownAndHidden = () =>
    page().evaluate(() => {
      const cy = (window as unknown as { explorer: { cy: { nodes(selector: string): { filter(f: (n: { visible(): boolean }) => boolean): { length: number } } } } }).explorer.cy;
      const nodes = cy.nodes('[type = "Measure"]');
      return { shown: nodes.filter((n) => n.visible()).length, hidden: nodes.filter((n) => !n.visible()).length };
    });
  // The counts as soon as they are `wanted`, else after 5 s: once in three runs the first read right
  // after the click still counted every measure shown.
  const settled = async (wanted: { shown: number; hidden: number }) => {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const counts = await shownAndHidden();
      if ((counts.shown === wanted.shown && counts.hidden === wanted.hidden) || Date.now() > deadline) return counts;
      await page().waitForTimeout(50);
    }
  };
  await measures.click();
  await expect(measures.getAttribute('class')).resolves.toBe('off');
  expect(await settled({ shown: 0, hidden: drawnMeasures })).toEqual({ shown: 0, hidden: drawnMeasures });
  await measures.click();
  // The legend is drawn anew on each click: wait for the new line to say "shown" before counting.
  await page().waitForSelector('#legend li[data-type="Measure"]:not(.off)', { timeout: 10_000 });
  expect(await settled({ shown: drawnMeasures, hidden: 0 })).toEqual({ shown: drawnMeasures, hidden: 0 });
});

test('doubtful priority items: marked in the whole graph and the legend; clicked, the panel shows confidence, method and the evidence', async () => {
  const { priorityItems } = await api.data(`{ priorityItems(first: 100) { totalCount edges { node { id alignment { doubtful confidence method evidence { kind detail weight } } } } } }`);
  expect(priorityItems.totalCount).toBeLessThanOrEqual(100);
  type Item = { id: string; alignment: { doubtful: boolean; confidence: number; method: string; evidence: { kind: string; detail: string; weight: number }[] } };
  const items: Item[] = priorityItems.edges.map((e: { node: Item }) => e.node);
  const doubtful = items.filter((p) => p.alignment.doubtful);
  expect(doubtful.length).toBeGreaterThan(0); // the bundled report has some (経済産業省's)

  await ui.act(() => page().click('#show-all'));
  const marked = (await page().evaluate(`window.explorer.cy.nodes('[?doubtful]').map((n) => n.id())`)) as string[];
  expect(marked.sort()).toEqual(doubtful.map((p) => p.id).sort());
  const borders = (await page().evaluate(`(() => {
    const cy = window.explorer.cy;
    return { doubtful: cy.getElementById(${JSON.stringify(doubtful[0].id)}).style('border-style'), sure: cy.getElementById(${JSON.stringify(items.find((p) => !p.alignment.doubtful)!.id)}).style('border-style') };
  })()`)) as { doubtful: string; sure: string };
  expect(borders).toEqual({ doubtful: 'dashed', sure: 'solid' });
  await expect(page().textContent('#legend .doubtful-key')).resolves.toBe(`要確認の重点項目${doubtful.length}`);

  const item = doubtful[0];
  const at = await ui.nodeOnPage(item.id);
  await ui.act(() => page().mouse.click(at.x, at.y));
  await expect(page().getAttribute('#detail', 'data-id')).resolves.toBe(item.id);
  expect(await page().locator('#detail h2 .doubtful-badge').count()).toBe(1);
  const box = page().locator('#detail .alignment');
  await expect(box.getAttribute('data-doubtful')).resolves.toBe('true');
  await expect(box.locator('.confidence').textContent()).resolves.toContain(item.alignment.confidence.toFixed(2));
  await expect(box.locator('.method').textContent()).resolves.toContain(item.alignment.method === 'MACHINE' ? '(machine)' : '(reviewed)');
  const evidence = await box.locator('table.evidence tbody tr').evaluateAll((rows) =>
    rows.map((tr) => ({ kind: tr.getAttribute('data-kind'), detail: tr.querySelector('.detail')?.textContent, weight: tr.querySelector('.weight')?.textContent })),
  );
  expect(evidence).toEqual(item.alignment.evidence.map((e) => ({ kind: e.kind, detail: e.detail, weight: e.weight.toFixed(2) })));

  // An item the extraction is sure of: no mark.
  const sure = items.find((p) => !p.alignment.doubtful && p.id.startsWith(item.id.replace(/p\d+$/u, '')));
  if (sure === undefined) throw new Error(`every priority item of ${item.id}'s ministry is doubtful: pick another check`);
  await ui.act(() => page().locator('#detail .meta button.link').first().click()); // its ministry
  await ui.act(() => page().click(`#detail li[data-id="${sure.id}"] button`));
  await expect(page().getAttribute('#detail', 'data-id')).resolves.toBe(sure.id);
  await expect(page().getAttribute('#detail .alignment', 'data-doubtful')).resolves.toBe('false');
  expect(await page().locator('#detail h2 .doubtful-badge').count()).toBe(0);
});

test('a ministry with one year loaded: its timeline has that year, and the panel says there is nothing to compare', async () => {
  const { ministry } = await api.data('{ ministry(id: "cabinet-office") { timeline { fiscalYear measureCount priorityItemCount changes { new } } } }');
  await ui.act(() => page().fill('#search-input', '内閣府').then(() => page().press('#search-input', 'Enter')));
  await ui.act(() => page().click('#results li[data-id="cabinet-office"] button'));
  await expect(page().getAttribute('#detail', 'data-id')).resolves.toBe('cabinet-office');
  const rows = await page()
    .locator('#detail table.timeline tbody tr')
    .evaluateAll((trs) => trs.map((tr) => ({ year: Number(tr.getAttribute('data-year')), measures: Number(tr.querySelector('[data-field="measureCount"]')?.textContent), items: Number(tr.querySelector('[data-field="priorityItemCount"]')?.textContent) })));
  expect(rows).toEqual(ministry.timeline.map((y: { fiscalYear: number; measureCount: number; priorityItemCount: number }) => ({ year: y.fiscalYear, measures: y.measureCount, items: y.priorityItemCount })));
  expect(rows.map((r) => r.year)).toEqual([year]);
  await expect(page().textContent('#detail .diff[data-diff="none"]')).resolves.toContain('比べる年度がありません');
});

test('the matrix by guideline section: its cells are the facets counts, blank where none, coloured darker for more', async () => {
  await ui.act(() => page().click('#view-matrix'));
  expect(await page().isVisible('#cy')).toBe(false);
  const expected = await facetCells(api, 'CLAUSE_SECTION', year);
  expect(await ui.matrixCells()).toEqual(expected);
  const { ministries } = await api.data('{ ministries(first: 100) { totalCount } }');
  expect(await page().locator('#matrix tbody tr').count()).toBe(ministries.totalCount);
  expect(ministries.totalCount).toBeGreaterThanOrEqual(27);
  // Every section with measures is a column, labelled `path title`; a blank cell holds no button.
  const headers = await page().locator('#matrix thead th[data-col]').allTextContents();
  const { clauseTree } = await api.data('{ clauseTree { children { path title } } }');
  for (const section of clauseTree.flatMap((p: { children: { path: string; title: string }[] }) => p.children)) expect(headers).toContain(`${section.path} ${section.title}`);
  const blank = await page().locator('#matrix td.empty').count();
  expect(blank + expected.size).toBe(ministries.totalCount * headers.length);
  expect(await page().locator('#matrix td.empty button').count()).toBe(0);
  // A sequential scale: a larger count is never lighter.
  const shades = await page()
    .locator('#matrix button.cell')
    .evaluateAll((buttons) =>
      buttons.map((b) => {
        const [r, g, bl] = (getComputedStyle(b).backgroundColor.match(/\d+/gu) ?? []).map(Number);
        return { count: Number(b.getAttribute('data-count')), light: 0.2126 * r + 0.7152 * g + 0.0722 * bl };
      }),
    );
  for (const a of shades) for (const b of shades) if (a.count < b.count) expect(a.light).toBeGreaterThanOrEqual(b.light);
  expect(await page().locator('#matrix-legend .key-bin').count()).toBeGreaterThan(1);
  // Screen readers and hover: each cell says its ministry, column and count.
  const cell = page().locator('#matrix button.cell').first();
  const label = (await cell.getAttribute('aria-label')) ?? '';
  expect(label).toMatch(/^.+ × .+: \d+ 件$/u);
  await cell.hover();
  await expect(page().textContent('#matrix-readout')).resolves.toBe(label);
  await expect(page().textContent('#status')).resolves.toMatch(new RegExp(`^令和6年度・府省等 ${ministries.totalCount} × 取組指針の区分 ${headers.length}・取組 \\d+ 件$`, 'u'));
});

test('a section cell lists exactly its measures (measures where ministry and clausePath, with descendants); one opens in the graph', async () => {
  const cells = await ui.matrixCells();
  const [key] = [...cells.entries()].filter(([k]) => !k.endsWith('|')).sort((a, b) => b[1] - a[1])[0];
  const [ministryId, clausePath] = key.split('|');
  const { measures } = await api.data(
    `query ($where: MeasureWhere!) { measures(where: $where, first: 100) { totalCount edges { node { id head } } } }`,
    { where: { ministryId, clausePath, includeDescendants: true } },
  );
  expect(measures.totalCount).toBe(cells.get(key));
  await ui.act(() => page().click(`#matrix button.cell[data-row="${ministryId}"][data-col="${clausePath}"]`));
  await expect(page().getAttribute('#detail', 'data-cell')).resolves.toBe(`${ministryId} ${clausePath}`);
  const listed = await page().locator('#detail .cell-measures li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
  expect(listed).toEqual(measures.edges.map((e: { node: { id: string } }) => e.node.id));
  await screenshot('explorer-matrix.png');

  // The cell of measures under no section (when there is one) holds as many as facets counts.
  const none = [...cells.entries()].find(([k]) => k.endsWith('|'));
  if (none) {
    const ministry = none[0].slice(0, -1);
    await ui.act(() => page().click(`#matrix button.cell[data-row="${ministry}"][data-col=""]`));
    const ids = await page().locator('#detail .cell-measures li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id') ?? ''));
    expect(ids.length).toBe(none[1]);
    for (const id of ids) expect(id.startsWith(ofYear(`${ministry}/`))).toBe(true);
  }

  // Open one in the graph: the graph view, the measure selected and read.
  await ui.act(() => page().click(`#matrix button.cell[data-row="${ministryId}"][data-col="${clausePath}"]`));
  const id = measures.edges[0].node.id;
  await ui.act(() => page().click(`#detail .cell-measures li[data-id="${id}"] button`));
  expect(await page().isVisible('#cy')).toBe(true);
  await expect(page().getAttribute('body', 'data-view')).resolves.toBe('graph');
  await expect(page().getAttribute('#detail', 'data-id')).resolves.toBe(id);
  expect(await page().evaluate(`window.explorer.cy.nodes(':selected').map((n) => n.id())`)).toEqual([id]);
});

test('the matrix by theme: cells are the facets counts; a cell lists exactly the measures of measures(where: { ministryId, themeId })', async () => {
  await ui.act(() => page().click('#view-matrix'));
  await ui.act(() => page().click('#by-theme'));
  expect(await page().evaluate(() => location.hash)).toBe(`#year=${year}&view=matrix&by=theme`);
  const cells = await ui.matrixCells();
  expect(cells).toEqual(await facetCells(api, 'THEME', year));
  const { themes } = await api.data('{ themes { id nameJa } }');
  const headers = await page().locator('#matrix thead th[data-col]').allTextContents();
  for (const t of themes) expect(headers).toContain(t.nameJa);
  const [key, count] = [...cells.entries()].filter(([k]) => !k.endsWith('|')).sort((a, b) => b[1] - a[1])[0];
  const [ministryId, themeId] = key.split('|');
  const { measures } = await api.data(`query ($where: MeasureWhere!) { measures(where: $where, first: 100) { totalCount edges { node { id } } } }`, { where: { ministryId, themeId } });
  expect(measures.totalCount).toBe(count);
  await ui.act(() => page().click(`#matrix button.cell[data-row="${ministryId}"][data-col="${themeId}"]`));
  const listed = await page().locator('#detail .cell-measures li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
  expect(listed).toEqual(measures.edges.map((e: { node: { id: string } }) => e.node.id));
});

test('the matrix by keyboard: one tab stop, arrow keys move between cells with measures, the readout says where', async () => {
  const first = page().locator('#matrix button.cell[tabindex="0"]');
  expect(await first.count()).toBe(1);
  await first.focus();
  const row = await first.getAttribute('data-row');
  const startLabel = await first.getAttribute('aria-label');
  await page().keyboard.press('ArrowRight');
  const focused = await page().evaluate(() => ({ row: document.activeElement?.getAttribute('data-row'), tab: (document.activeElement as HTMLElement | null)?.tabIndex, label: document.activeElement?.getAttribute('aria-label') }));
  expect(focused.row).toBe(row);
  expect(focused.label).not.toBe(startLabel);
  expect(focused.tab).toBe(0);
  await expect(page().textContent('#matrix-readout')).resolves.toBe(focused.label);
  expect(await page().locator('#matrix button.cell[tabindex="0"]').count()).toBe(1);
});

test('a link to the matrix opens it without drawing the graph first; the graph is drawn when its view is chosen', async () => {
  await ui.open(`#view=matrix&by=section`);
  const readyMs = Number(await page().getAttribute('body', 'data-ready-ms'));
  console.log(`explorer: matrix drawn ${readyMs} ms after navigation start`);
  expect(await page().evaluate('window.explorer.cy.nodes().length')).toBe(0);
  expect(await ui.matrixCells()).toEqual(await facetCells(api, 'CLAUSE_SECTION', year));
  await ui.act(() => page().click('#view-graph'));
  expect(await ui.drawnIds()).toEqual((await ui.graphIds({ all: true }, 0, { edgeTypes: OVERVIEW_EDGE_TYPES })).nodes);
  expect(await page().evaluate(() => location.hash)).toBe(`#year=${year}`);
});

test('every request the page made went to the API server (works offline), and no script error', async () => {
  expect(ui.requests.length).toBeGreaterThan(3);
  for (const url of ui.requests) expect(url.startsWith(`${api.baseUrl()}/`)).toBe(true);
  expect(ui.pageErrors).toEqual([]);
});
