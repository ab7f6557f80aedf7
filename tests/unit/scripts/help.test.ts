/**
 * Every command-line script answers `--help` with its usage on stdout and exit status 0, before it
 * reads a file or starts a database; `npm run ingest` with a report it cannot read says so without
 * starting Neo4j for nothing.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../../src/config';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a script in a fresh node with tsx, where no Neo4j can be reached or started by accident. */
function runScript(script: string, args: readonly string[], dataDir: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join('scripts', script), ...args],
      // An unused port and an empty data folder: a script that tried to start Neo4j would say so on stderr.
      { cwd: projectRoot, env: { ...process.env, NEO4J_URI: '', NEO4J_BOLT_PORT: '1', NEO4J_DATA_DIR: dataDir }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const SCRIPTS = fs.readdirSync(path.join(projectRoot, 'scripts')).filter((f) => f.endsWith('.ts') && f !== 'help.ts');
let dataDir: string;
beforeAll(() => void (dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-help-'))));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

test('there are scripts to check', () => {
  expect(SCRIPTS).toEqual(expect.arrayContaining(['ingest.ts', 'extract.ts', 'export.ts', 'review.ts', 'db.ts']));
});

test.each(SCRIPTS)('%s --help prints its usage and exits 0', async (script) => {
  const run = await runScript(script, ['--help'], dataDir);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  expect(run.stdout).toMatch(/^usage: /u);
}, 60_000);

test('ingest of a report it cannot read exits 1 naming the file, and starts no database', async () => {
  const run = await runScript('ingest.ts', ['no-such-report.txt'], dataDir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('cannot read the report no-such-report.txt: no such file');
  expect(run.stderr).not.toMatch(/neo4j/iu);
  expect(fs.readdirSync(dataDir)).toEqual([]);
}, 60_000);
