/**
 * The explorer's HTTP route on the real app (no database needed to serve files): the page (with
 * its year switch and views) and its bundle with their content types and headers, nothing else under /explorer/, GET/HEAD only, and
 * 503 with the build command when the bundle is missing. Also: a stale input makes a rebuild.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Executor } from '../../src/db/executor';
import { bundleState, EXPLORER_BUILD_DIR } from '../../src/explorer/bundle';
import { ensureExplorerBundle } from '../../src/explorer/buildExplorer';
import { serveExplorer } from '../../src/explorer/serveExplorer';
import { createApp, type App } from '../../src/server/app';

jest.setTimeout(60_000);

let app: App;
let base = '';
beforeAll(async () => {
  await ensureExplorerBundle();
  app = createApp({ config: { nodeEnv: 'test', corsOrigins: [] }, executor: {} as Executor });
  base = (await app.listen(0)).replace(/\/graphql$/u, '');
});
afterAll(() => app.stop());

test.each([
  ['/explorer', 'text/html; charset=utf-8', '<title>wlb-graph エクスプローラー</title>'],
  ['/explorer/', 'text/html; charset=utf-8', 'src="/explorer/explorer.js"'],
  ['/explorer/explorer.js', 'text/javascript; charset=utf-8', 'cytoscape'],
  ['/explorer/explorer.css', 'text/css; charset=utf-8', 'Noto Sans CJK JP'],
])('GET %s is %s', async (url, type, contains) => {
  const response = await fetch(`${base}${url}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(type);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(await response.text()).toContain(contains);
});

test('the page holds the year switch, the two views and the side panel the script fills', async () => {
  const html = await (await fetch(`${base}/explorer`)).text();
  for (const id of ['year', 'view-graph', 'view-matrix', 'graph-area', 'matrix-area', 'by-section', 'by-theme', 'detail']) expect(html).toContain(`id="${id}"`);
});

test('the page allows only its own server (CSP), so nothing is fetched from elsewhere', async () => {
  const csp = (await fetch(`${base}/explorer`)).headers.get('content-security-policy') ?? '';
  expect(csp).toMatch(/default-src 'self'/u);
  expect(csp).not.toMatch(/https?:/u);
});

test('HEAD has the headers and no body; POST is 405; other files under /explorer/ are 404', async () => {
  const head = await fetch(`${base}/explorer/explorer.js`, { method: 'HEAD' });
  expect(head.status).toBe(200);
  expect(Number(head.headers.get('content-length'))).toBe(fs.statSync(path.join(EXPLORER_BUILD_DIR, 'explorer.js')).size);
  expect(await head.text()).toBe('');
  const post = await fetch(`${base}/explorer`, { method: 'POST', body: 'x' });
  expect(post.status).toBe(405);
  expect(post.headers.get('allow')).toBe('GET, HEAD');
  for (const url of ['/explorer/build-info.json', '/explorer/nothing.js', '/explorer/%2e%2e/package.json']) {
    expect((await fetch(`${base}${url}`)).status).toBe(404);
  }
});

test('a missing bundle is 503 naming the build command', async () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-explorer-empty-'));
  const server = http.createServer((req, res) => void serveExplorer(req, res, new URL(req.url ?? '/', 'http://x').pathname, empty));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/explorer`);
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/npm run build:explorer/u);
  } finally {
    server.close();
    fs.rmSync(empty, { recursive: true, force: true });
  }
});

test('bundle state: missing, fresh after a build, stale when an input changes', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-explorer-build-'));
  try {
    expect(bundleState(dir)).toEqual({ kind: 'missing', file: 'index.html' });
    await ensureExplorerBundle(() => undefined, dir);
    expect(bundleState(dir)).toEqual({ kind: 'fresh' });
    const infoFile = path.join(dir, 'build-info.json');
    const info = JSON.parse(fs.readFileSync(infoFile, 'utf8'));
    info.inputs['src/explorer/web/main.ts'] = 'a hash of some other text';
    fs.writeFileSync(infoFile, JSON.stringify(info));
    expect(bundleState(dir)).toEqual({ kind: 'stale', input: 'src/explorer/web/main.ts' });
    fs.writeFileSync(infoFile, '{ cut short');
    expect(bundleState(dir)).toEqual({ kind: 'stale', input: 'build-info.json' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
