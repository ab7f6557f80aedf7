/**
 * Where the explorer page's bundle lives and whether it is up to date. The bundle is built (by
 * ./buildExplorer.ts, with esbuild) from src/explorer/web into dist/explorer (git-ignored); its
 * build-info.json records a hash of every input file (the page's sources and the npm packages it
 * bundles), so "stale" means an input changed since the build. No esbuild here: the server uses
 * this module, and esbuild is a development tool.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';

export const EXPLORER_SOURCE_DIR = path.join(projectRoot, 'src', 'explorer', 'web');
export const EXPLORER_BUILD_DIR = path.join(projectRoot, 'dist', 'explorer');
export const BUILD_INFO_FILE = 'build-info.json';

/** The files a built page consists of (served at /explorer/<name>). */
export const BUNDLE_FILES = ['index.html', 'explorer.js', 'explorer.css'] as const;

export interface BuildInfo {
  /** sha256 of each input, by path relative to the project root. */
  readonly inputs: Record<string, string>;
  readonly builtAt: string;
}

export type BundleState = { readonly kind: 'fresh' } | { readonly kind: 'missing'; readonly file: string } | { readonly kind: 'stale'; readonly input: string };

/** Whether the bundle in `dir` exists and was built from the inputs as they are now. */
export function bundleState(dir: string = EXPLORER_BUILD_DIR): BundleState {
  for (const file of [...BUNDLE_FILES, BUILD_INFO_FILE]) {
    if (!fs.existsSync(path.join(dir, file))) return { kind: 'missing', file };
  }
  let info: BuildInfo;
  try {
    info = JSON.parse(fs.readFileSync(path.join(dir, BUILD_INFO_FILE), 'utf8')) as BuildInfo;
  } catch {
    return { kind: 'stale', input: BUILD_INFO_FILE };
  }
  for (const [input, hash] of Object.entries(info.inputs)) {
    const file = path.join(projectRoot, input);
    if (!fs.existsSync(file) || fileHash(file) !== hash) return { kind: 'stale', input };
  }
  return { kind: 'fresh' };
}

/** sha256 of a file's bytes. */
export function fileHash(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
