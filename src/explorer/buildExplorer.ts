/**
 * Builds the explorer page: esbuild bundles src/explorer/web/main.ts (with cytoscape, the fcose
 * layout and the page's CSS) into dist/explorer/explorer.js and explorer.css, copies index.html,
 * and records the inputs' hashes in build-info.json (./bundle.ts reads them to tell a stale
 * bundle). esbuild is loaded only when a build is needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { BUILD_INFO_FILE, bundleState, EXPLORER_BUILD_DIR, EXPLORER_SOURCE_DIR, fileHash, type BuildInfo } from './bundle';

/** Builds the bundle into `outDir`; resolves with the bundle's size in bytes. */
export async function buildExplorer(outDir: string = EXPLORER_BUILD_DIR): Promise<number> {
  const esbuild = await import('esbuild');
  fs.mkdirSync(outDir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: { explorer: path.join(EXPLORER_SOURCE_DIR, 'main.ts') },
    outdir: outDir,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    platform: 'browser',
    legalComments: 'eof',
    metafile: true,
    logLevel: 'silent',
  });
  fs.copyFileSync(path.join(EXPLORER_SOURCE_DIR, 'index.html'), path.join(outDir, 'index.html'));
  const inputs = [
    ...Object.keys(result.metafile.inputs).map((input) => path.resolve(input)),
    path.join(EXPLORER_SOURCE_DIR, 'index.html'),
    __filename, // the build options
  ];
  const info: BuildInfo = {
    inputs: Object.fromEntries(inputs.map((file) => [path.relative(projectRoot, file).replace(/\\/gu, '/'), fileHash(file)])),
    builtAt: new Date().toISOString(),
  };
  fs.writeFileSync(path.join(outDir, BUILD_INFO_FILE), `${JSON.stringify(info, null, 1)}\n`);
  return Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
}

/** Builds the bundle unless it is fresh; says what it did through `log`. */
export async function ensureExplorerBundle(log: (line: string) => void = () => undefined, outDir: string = EXPLORER_BUILD_DIR): Promise<void> {
  const state = bundleState(outDir);
  if (state.kind === 'fresh') return;
  const why = state.kind === 'missing' ? `${state.file} is missing` : `${state.input} changed`;
  const started = Date.now();
  const bytes = await buildExplorer(outDir);
  log(`explorer: built ${path.relative(projectRoot, outDir)} (${why}) in ${Date.now() - started} ms, ${Math.round(bytes / 1024)} KiB`);
}
