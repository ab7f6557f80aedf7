/**
 * The committed resolver types (src/generated/graphql.ts) are what `npm run codegen` makes from the
 * SDL today: a schema change without a codegen run fails here, not later as a type that lies. The
 * generator runs as `npm run codegen` does, writing into a temporary file (CODEGEN_OUT).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/config';

jest.setTimeout(120_000);

test('src/generated/graphql.ts is up to date with schema/*.graphql (else: npm run codegen)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-codegen-'));
  try {
    const out = path.join(dir, 'graphql.ts');
    const cli = path.join(projectRoot, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js');
    await promisify(execFile)(process.execPath, [cli, '--config', 'codegen.ts', '--silent'], { cwd: projectRoot, env: { ...process.env, CODEGEN_OUT: out } });
    const committed = fs.readFileSync(path.join(projectRoot, 'src', 'generated', 'graphql.ts'), 'utf8');
    expect(committed.trimEnd()).toBe(fs.readFileSync(out, 'utf8').trimEnd());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
