/**
 * GET /explorer (the page) and /explorer/<file> (its bundle) from the built folder, with their
 * content types. Only the bundle's own files are served (no paths from the URL reach the file
 * system); a missing bundle is 503 saying how to build it. The page's Content-Security-Policy
 * allows nothing but this server, so it works — and is checked to work — offline.
 */
import fs from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { BUNDLE_FILES, EXPLORER_BUILD_DIR } from './bundle';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Cytoscape sets style attributes on its container, hence 'unsafe-inline' for styles only. */
const CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** True if the path belongs to the explorer. */
export function isExplorerPath(pathname: string): boolean {
  return pathname === '/explorer' || pathname.startsWith('/explorer/');
}

/** Answers a request for an explorer path (see isExplorerPath). */
export async function serveExplorer(req: IncomingMessage, res: ServerResponse, pathname: string, dir: string = EXPLORER_BUILD_DIR): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendText(res, 405, `${req.method} is not allowed on ${pathname}; use GET`);
  }
  const name = pathname === '/explorer' || pathname === '/explorer/' ? 'index.html' : pathname.slice('/explorer/'.length);
  if (!(BUNDLE_FILES as readonly string[]).includes(name)) {
    return sendText(res, 404, `no file ${pathname}; the explorer is at /explorer`);
  }
  let body: Buffer;
  try {
    body = await fs.readFile(path.join(dir, name));
  } catch {
    return sendText(res, 503, 'the explorer page is not built: run `npm run build:explorer` (`npm start` builds it when missing)');
  }
  res.statusCode = 200;
  res.setHeader('content-type', CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream');
  res.setHeader('content-length', body.length);
  res.setHeader('cache-control', 'no-cache');
  res.setHeader('x-content-type-options', 'nosniff');
  if (name === 'index.html') res.setHeader('content-security-policy', CSP);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(`${text}\n`);
}
