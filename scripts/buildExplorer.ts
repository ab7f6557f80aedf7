/**
 * `npm run build:explorer`: builds the explorer page into dist/explorer. With `--if-stale` (what
 * `npm start` runs first) it builds only when the bundle is missing or an input changed.
 */
import { buildExplorer, ensureExplorerBundle } from '../src/explorer/buildExplorer';
import { printedHelp } from './help';

async function main(argv: string[]): Promise<void> {
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  if (printedHelp(argv, 'usage: npm run build:explorer [-- --if-stale]')) return;
  if (argv.length > 1 || (argv.length === 1 && argv[0] !== '--if-stale')) {
    log('usage: npm run build:explorer [-- --if-stale]');
    process.exitCode = 2;
    return;
  }
  if (argv[0] === '--if-stale') {
    await ensureExplorerBundle(log);
    return;
  }
  const started = Date.now();
  const bytes = await buildExplorer();
  log(`explorer: built dist/explorer in ${Date.now() - started} ms, ${Math.round(bytes / 1024)} KiB`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`build:explorer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
