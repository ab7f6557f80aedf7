/**
 * The processes a bench runs: its own Neo4j (port and data folder apart from development's and
 * the tests'), our API (the real src/main.ts) and the anchor as child processes on loopback, and
 * their resident memory. Everything started here is stopped by `stop()`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/db/localNeo4j';

export const BENCH_BOLT_PORT = 7811;
export const BENCH_DATA_DIR = path.join(projectRoot, '.neo4j-bench');
export const ANCHOR_DIR = path.join(projectRoot, 'bench', 'anchor');

export interface BenchNeo4j {
  readonly uri: string;
  /** The engine's java process (undefined for a Neo4j given by URI). */
  readonly pid?: number;
  /** Stops the engine if this call started it. */
  stop(): Promise<void>;
}

/** Starts (or reuses) a bench Neo4j: by default the bench's own (port 7811, .neo4j-bench/, heap 1g, page cache 512m). */
export async function startBenchNeo4j(
  log: (line: string) => void,
  { dataDir = BENCH_DATA_DIR, boltPort = BENCH_BOLT_PORT, heap = '1g', pageCache = '512m' }: { dataDir?: string; boltPort?: number; heap?: string; pageCache?: string } = {},
): Promise<BenchNeo4j> {
  const started = await startLocalNeo4j({ boltPort, dataDir, heap, pageCache, log: (l) => log(`[neo4j] ${l}`) });
  return {
    uri: started.boltUri,
    pid: started.pid,
    async stop() {
      if (!started.alreadyRunning) await stopLocalNeo4j({ dataDir, log: (l) => log(`[neo4j] ${l}`) });
    },
  };
}

export interface Server {
  readonly pid: number;
  /** Base URL without path (http://127.0.0.1:port). */
  readonly base: string;
  /** The GraphQL endpoint. */
  readonly url: string;
  /** Where its stdout and stderr go. */
  readonly logFile: string;
  stop(): Promise<void>;
}

/** The compiled server `npm start` runs (built by `npm run build`). */
export const OURS_MAIN = path.join(projectRoot, 'dist', 'js', 'src', 'main.js');

/** Compiles the server as `npm start` does, so the bench measures what users run. */
export function buildOurs(log: (line: string) => void): void {
  log('building the server (npm run build)…');
  const npm = spawnSync('npm', ['run', '-s', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (npm.status !== 0) throw new Error(`npm run build failed (exit ${npm.status})`);
}

/**
 * The environment `npm start` gives the server: the bench's own minus every variable the server's
 * configuration reads (src/config.ts), so each setting has npm start's default unless `env` names it,
 * and NODE_ENV=production, which package.json's start script sets.
 */
export function npmStartEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const configSource = fs.readFileSync(path.join(projectRoot, 'src', 'config.ts'), 'utf8');
  const read = new Set([...configSource.matchAll(/\benv(?:, '|\.)([A-Z][A-Z0-9_]+)/gu)].map((m) => m[1]));
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !read.has(name) && !name.startsWith('NEO4J_')));
  return { ...clean, NODE_ENV: 'production', ...env };
}

/**
 * Starts our API as `node dist/js/src/main.js`, the compiled server `npm start` runs (call
 * buildOurs first; the process that serves is the child itself, so its RSS is the server's), with
 * npm start's settings but the Neo4j URI and port (and what `env` adds: RESPONSE_CACHE…), and
 * waits for /readyz. Its log (stderr: a line per request at npm start's level, info) goes to a file
 * in `logDir`, as a deployment would keep it.
 */
export function startOurs(neo4jUri: string, port: number, env: Record<string, string> = {}, logDir = os.tmpdir()): Promise<Server> {
  if (!fs.existsSync(OURS_MAIN)) throw new Error(`${OURS_MAIN} is missing: run npm run build first`);
  const logFile = path.join(logDir, `wlb-bench-ours-${port}.log`);
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [OURS_MAIN], {
    cwd: projectRoot,
    env: npmStartEnv({ NEO4J_URI: neo4jUri, PORT: String(port), ...env }),
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const base = `http://127.0.0.1:${port}`;
  return waitReady(child, base, `${base}/graphql`, logFile, async () => (await fetch(`${base}/readyz`)).status === 200);
}

/** Installs the anchor's dependencies when any is missing (npm ci: its package-lock.json pins them). */
export function ensureAnchorInstalled(log: (line: string) => void): void {
  const { dependencies } = JSON.parse(fs.readFileSync(path.join(ANCHOR_DIR, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  if (Object.keys(dependencies).every((name) => fs.existsSync(path.join(ANCHOR_DIR, 'node_modules', name, 'package.json')))) return;
  log('installing the anchor (npm ci --prefix bench/anchor)…');
  const npm = spawnSync('npm', ['ci', '--prefix', ANCHOR_DIR, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (npm.status !== 0) throw new Error(`npm ci --prefix ${ANCHOR_DIR} failed (exit ${npm.status})`);
}

/**
 * Starts the anchor (bench/anchor/server.js) and waits until it answers `{ __typename }`;
 * `cacheTtlSeconds` > 0 turns on Apollo's response cache with that TTL.
 */
export function startAnchor(neo4jUri: string, port: number, { cacheTtlSeconds = 0, logDir = os.tmpdir() }: { cacheTtlSeconds?: number; logDir?: string } = {}): Promise<Server> {
  const logFile = path.join(logDir, `wlb-bench-anchor-${port}.log`);
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [path.join(ANCHOR_DIR, 'server.js')], {
    cwd: ANCHOR_DIR,
    env: { ...process.env, NEO4J_URI: neo4jUri, PORT: String(port), RESPONSE_CACHE_TTL: String(cacheTtlSeconds) },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const base = `http://127.0.0.1:${port}`;
  return waitReady(child, base, `${base}/`, logFile, async () => {
    const response = await fetch(`${base}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    return response.status === 200;
  });
}

/** Resident set size of a process in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/mu.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

async function waitReady(child: ChildProcess, base: string, url: string, logFile: string, ready: () => Promise<boolean>, timeoutMs = 90_000): Promise<Server> {
  const tail = () => fs.readFileSync(logFile, 'utf8').slice(-4000);
  let exited: string | undefined;
  child.on('exit', (code, signal) => (exited = signal ?? `exit ${code}`));
  const server: Server = {
    pid: child.pid as number,
    base,
    url,
    logFile,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`server at ${base} ended (${exited}) before it was ready:\n${tail()}`);
    try {
      if (await ready()) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`server at ${base} not ready within ${timeoutMs / 1000} s:\n${tail()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
