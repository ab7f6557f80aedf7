/**
 * The browser tests' harness: headless Chromium (Debian's /usr/bin/chromium or TEST_CHROMIUM_PATH,
 * through playwright-core) on a fixed 1400×860 viewport, the explorer page of an API under test,
 * and helpers that wait for the page's own signals (<body data-state data-version>), read the
 * drawing, and record every request and GraphQL body the page sent. Call `useExplorerPage(api)` at
 * the top of a test file (it registers beforeAll/afterAll).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ensureExplorerBundle } from '../../src/explorer/buildExplorer';
import type { ApiHarness } from '../integration/helpers/api';
import { chromiumExecutable } from './chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The relationship types the page's whole-graph view draws (src/explorer/web/model.ts). */
export const OVERVIEW_EDGE_TYPES = ['HAS_PRIORITY', 'HAS_MEASURE', 'UNDER_CLAUSE', 'HAS_CHILD', 'HAS_PLAN_CLAUSE', 'HAS_THEME'];

/** A GraphQL request the page sent. */
export interface Posted {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export interface ExplorerPage {
  page(): Page;
  /** Every URL the page requested. */
  readonly requests: string[];
  /** Every GraphQL body the page POSTed, in order. */
  readonly posted: Posted[];
  readonly pageErrors: string[];
  /** Opens /explorer<hash> and waits until the first view is drawn. */
  open(hash?: string): Promise<void>;
  /** Runs `action` and waits until the page has finished the action it started (and shows no error). */
  act(action: () => Promise<unknown>): Promise<void>;
  /** Ids of the nodes drawn, sorted. */
  drawnIds(): Promise<string[]>;
  /** Centres the drawing on node `id` and returns a point of it on the page no other node covers (its centre when it can). */
  nodeOnPage(id: string): Promise<{ x: number; y: number }>;
  /** The node ids (sorted) and edge count the `graph` query answers. */
  graphIds(seed: Record<string, unknown>, depth: number, options?: { edgeTypes?: string[] | null; fiscalYear?: number }): Promise<{ nodes: string[]; edges: number }>;
  /** The matrix's cells as the page shows them: `ministry|column key` → count (only cells with measures). */
  matrixCells(): Promise<Map<string, number>>;
}

export function useExplorerPage(api: ApiHarness): ExplorerPage {
  let userDataDir = '';
  let context: BrowserContext | undefined;
  let page: Page;
  const requests: string[] = [];
  const posted: Posted[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureExplorerBundle((line) => console.log(line));
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-explorer-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumExecutable(),
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 860 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (request) => {
      if (request.url().startsWith('about:')) return;
      requests.push(request.url());
      if (request.method() === 'POST' && request.url().endsWith('/graphql')) posted.push(JSON.parse(request.postData() ?? '{}') as Posted);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir !== '') fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  const harness: ExplorerPage = {
    page: () => page,
    requests,
    posted,
    pageErrors,
    async open(hash = '') {
      // A fresh load even when only the hash differs (else the browser only changes the hash).
      if (page.url().startsWith(api.baseUrl())) await page.goto('about:blank');
      await page.goto(`${api.baseUrl()}/explorer${hash}`);
      await page.waitForSelector('body[data-state="ready"]', { timeout: 120_000 });
      expect(await page.locator('#status.error').count()).toBe(0);
    },
    async act(action) {
      const before = Number(await page.getAttribute('body', 'data-version'));
      await action();
      // A function, not a string: the page's Content-Security-Policy forbids eval.
      await page.waitForFunction((v) => Number(document.body.dataset.version) > v && document.body.dataset.state === 'ready', before, { timeout: 90_000 });
      expect(await page.locator('#status.error').count()).toBe(0);
    },
    async drawnIds() {
      return ((await page.evaluate('window.explorer.cy.nodes().map((n) => n.id())')) as string[]).sort();
    },
    async nodeOnPage(id) {
      // The layout is randomized: in the whole graph another node may lie over part of this one,
      // and a click at its centre would open that one. Prefer a point of the node no other covers.
      const at = (await page.evaluate(`(() => {
        const cy = window.explorer.cy;
        const node = cy.getElementById(${JSON.stringify(id)});
        cy.center(node);
        const box = node.renderedBoundingBox({ includeLabels: false });
        const over = cy.nodes().not(node).map((n) => n.renderedBoundingBox({ includeLabels: false }))
          .filter((o) => o.x1 < box.x2 && o.x2 > box.x1 && o.y1 < box.y2 && o.y2 > box.y1);
        const free = (p) => !over.some((o) => p.x >= o.x1 && p.x <= o.x2 && p.y >= o.y1 && p.y <= o.y2);
        for (const fy of [0.5, 0.35, 0.65]) for (const fx of [0.5, 0.35, 0.65]) {
          const p = { x: box.x1 + fx * box.w, y: box.y1 + fy * box.h };
          if (free(p)) return p;
        }
        return node.renderedPosition();
      })()`)) as { x: number; y: number };
      const box = await page.locator('#cy').boundingBox();
      if (box === null) throw new Error('#cy is not on the page');
      return { x: box.x + at.x, y: box.y + at.y };
    },
    async graphIds(seed, depth, options = {}) {
      const { graph } = await api.data(
        `query ($seed: GraphSeed!, $depth: Int, $edgeTypes: [String!], $y: Int) { graph(seed: $seed, depth: $depth, limit: 2000, edgeTypes: $edgeTypes, fiscalYear: $y) { nodes { id } edges { id } } }`,
        { seed, depth, edgeTypes: options.edgeTypes ?? null, y: options.fiscalYear ?? null },
      );
      return { nodes: graph.nodes.map((n: { id: string }) => n.id).sort(), edges: graph.edges.length };
    },
    async matrixCells() {
      const cells = await page
        .locator('#matrix button.cell')
        .evaluateAll((buttons) => buttons.map((b) => ({ row: b.getAttribute('data-row'), col: b.getAttribute('data-col'), count: b.getAttribute('data-count'), text: b.textContent })));
      for (const cell of cells) expect(cell.text).toBe(cell.count); // the count is written in the cell
      return new Map(cells.map((c) => [`${c.row}|${c.col}`, Number(c.count)]));
    },
  };
  return harness;
}

/** A `facets` answer as `ministry|key` → count (a null key as ''), the way matrixCells reads the page. */
export async function facetCells(api: ApiHarness, dimension: 'CLAUSE_SECTION' | 'THEME', fiscalYear: number): Promise<Map<string, number>> {
  const { facets } = await api.data(
    `query ($d: [FacetDimension!]!, $y: Int!) { facets(dimensions: $d, where: { fiscalYears: [$y] }, first: 2000) { truncated cells { count values { key } } } }`,
    { d: ['MINISTRY', dimension], y: fiscalYear },
  );
  expect(facets.truncated).toBe(false);
  return new Map(facets.cells.map((c: { count: number; values: { key: string | null }[] }) => [`${c.values[0].key}|${c.values[1].key ?? ''}`, c.count]));
}
