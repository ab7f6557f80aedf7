/**
 * Manages the local Neo4j engine process (neo4j-local/, a real embedded Neo4j 5 Community with only
 * Bolt on 127.0.0.1 and auth disabled — local development and tests only).
 *
 * One instance per data folder: `<dataDir>/neo4j.pid` holds the pid of the java process, so any
 * process (db:start, db:stop, jest's global setup) can find and stop whichever instance owns a
 * folder. The engine's stdout/stderr go to `<dataDir>/neo4j.log`; its own logs to `<dataDir>/logs/`.
 *
 * This module reads no environment variables: callers pass settings (see src/config.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../config';

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1. */
  boltPort: number;
  /** Data folder (created if missing); holds the store, neo4j.pid and neo4j.log. */
  dataDir: string;
  /** JVM heap, passed as -Xmx (default "1g"). */
  heap?: string;
  /** Neo4j page cache (default "256m"). */
  pageCache?: string;
  /** Receives progress lines (build, start, stop); default: silent. */
  log?: (line: string) => void;
  /** How long to wait for Bolt to answer after spawning java (default 120 000 ms). */
  startTimeoutMs?: number;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  /** The URI of the running instance (its actual port), else the one it would get. */
  boltUri: string;
  dataDir: string;
}

export interface LocalNeo4jStarted {
  pid: number;
  boltUri: string;
  /** True when an instance already owned the data folder and nothing was started. */
  alreadyRunning: boolean;
  /** Set when this call had to build the launcher with Maven. */
  buildMs?: number;
  /** Time from spawning java to Bolt answering (0 when alreadyRunning). */
  startMs: number;
}

const LAUNCHER_DIR = path.join(projectRoot, 'neo4j-local');
const LAUNCHER_POM = path.join(LAUNCHER_DIR, 'pom.xml');
const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target', 'neo4j-local.jar');
const LAUNCHER_LIB = path.join(LAUNCHER_DIR, 'target', 'lib');
/** Touched after a successful build only, so a half-finished build is redone. */
const BUILD_STAMP = path.join(LAUNCHER_DIR, 'target', 'build.ok');
const MAIN_CLASS = 'wlbgraph.LocalNeo4j';
const STOP_TIMEOUT_MS = 30_000;

const pidFileOf = (dataDir: string) => path.join(dataDir, 'neo4j.pid');
const logFileOf = (dataDir: string) => path.join(dataDir, 'neo4j.log');
const boltUriOf = (port: number) => `bolt://127.0.0.1:${port}`;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Starts the engine for `opts.dataDir` unless one already runs there, and resolves once a query
 * (`RETURN 1`) answers over Bolt through the driver. Builds the launcher with Maven first if needed. The java process is detached
 * (own process group), so it outlives the caller until `stopLocalNeo4j`. Rejects with a message
 * naming the cause: port in use, missing java/mvn, build failure (Maven output tail), engine crash
 * or timeout (neo4j.log tail), or an instance of this folder already running on another port.
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4jStarted> {
  const log = opts.log ?? (() => {});
  const dataDir = path.resolve(opts.dataDir);
  const boltUri = boltUriOf(opts.boltPort);

  const running = findInstance(dataDir);
  if (running) {
    if (running.port !== opts.boltPort) {
      throw new Error(
        `Local Neo4j for ${dataDir} is already running on port ${running.port} (pid ${running.pid}), ` +
          `not ${opts.boltPort}. Stop it first (npm run db:stop with the same NEO4J_DATA_DIR).`,
      );
    }
    log(`Local Neo4j already running (pid ${running.pid}) at ${boltUri}, data ${dataDir}`);
    return { pid: running.pid, boltUri, alreadyRunning: true, startMs: 0 };
  }

  if (!(await isPortFree(opts.boltPort))) {
    throw new Error(
      `Port ${opts.boltPort} on 127.0.0.1 is already in use by another program, so the local Neo4j ` +
        `cannot take it. Stop that program or choose another port with NEO4J_BOLT_PORT ` +
        `(TEST_NEO4J_BOLT_PORT for the tests).`,
    );
  }

  let buildMs: number | undefined;
  if (launcherNeedsBuild()) {
    log('Building the local Neo4j launcher with Maven (first start only)…');
    const t = Date.now();
    await buildLauncher();
    buildMs = Date.now() - t;
    log(`Launcher built in ${(buildMs / 1000).toFixed(1)} s`);
  }

  fs.mkdirSync(dataDir, { recursive: true });
  const logFile = logFileOf(dataDir);
  const logOffset = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0; // this run's part starts here
  fs.appendFileSync(logFile, `\n---- ${new Date().toISOString()} starting on port ${opts.boltPort} ----\n`);
  const heap = opts.heap ?? '1g';
  const args = [
    // Fixed-size heap, as Neo4j recommends (it warns otherwise).
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+ExitOnOutOfMemoryError', // a half-dead engine is worse than a dead one
    // The opens Neo4j's own launcher passes; without java.nio the page cache runs in a slower
    // fallback mode.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    `${LAUNCHER_LIB}${path.sep}*${path.delimiter}${LAUNCHER_JAR}`,
    MAIN_CLASS,
    String(opts.boltPort),
    dataDir,
    opts.pageCache ?? '256m',
  ];
  const t0 = Date.now();
  const fd = fs.openSync(logFile, 'a');
  const child = spawn('java', args, { detached: true, stdio: ['ignore', fd, fd], cwd: dataDir });
  fs.closeSync(fd); // the child has its own copy
  let exited: string | undefined;
  child.on('exit', (code, signal) => (exited = signal ? `signal ${signal}` : `exit code ${code}`));
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new Error('Cannot run `java`: Java 17 and Maven are required to run the local Neo4j (java not on PATH).')
          : new Error(`Cannot run java ${args.join(' ')}: ${e.message}`),
      ),
    );
  });
  const pid = child.pid as number;
  fs.writeFileSync(pidFileOf(dataDir), `${pid}\n`);
  log(`Started java (pid ${pid}) for Neo4j on ${boltUri}, data ${dataDir}; waiting for Bolt…`);

  try {
    await waitForBolt(boltUri, opts.startTimeoutMs ?? 120_000, () => exited);
  } catch (e) {
    if (!exited) await terminate(pid, log);
    fs.rmSync(pidFileOf(dataDir), { force: true });
    throw new Error(`${(e as Error).message}\nLast lines of ${logFile}:\n${tail(logFile, 30, logOffset)}`);
  }
  child.unref(); // let the caller exit while the engine keeps running
  const startMs = Date.now() - t0;
  log(`Neo4j ready at ${boltUri} in ${(startMs / 1000).toFixed(1)} s (pid ${pid})`);
  return { pid, boltUri, alreadyRunning: false, buildMs, startMs };
}

/**
 * Stops the instance owning `opts.dataDir` (whoever started it): SIGTERM, which makes the engine
 * checkpoint and close its store, then SIGKILL after 30 s. Removes the pid file (also a stale one).
 * Resolves true if an instance was running.
 */
export async function stopLocalNeo4j(opts: Pick<LocalNeo4jOptions, 'dataDir' | 'log'>): Promise<boolean> {
  const log = opts.log ?? (() => {});
  const dataDir = path.resolve(opts.dataDir);
  const running = findInstance(dataDir);
  if (!running) {
    log(`Local Neo4j for ${dataDir} is not running`);
    return false;
  }
  await terminate(running.pid, log);
  fs.rmSync(pidFileOf(dataDir), { force: true });
  return true;
}

/** Reports whether an instance owns `opts.dataDir`, and its pid and URI. Removes a stale pid file. */
export async function localNeo4jStatus(
  opts: Pick<LocalNeo4jOptions, 'boltPort' | 'dataDir'>,
): Promise<LocalNeo4jStatus> {
  const dataDir = path.resolve(opts.dataDir);
  const running = findInstance(dataDir);
  return running
    ? { running: true, pid: running.pid, boltUri: boltUriOf(running.port), dataDir }
    : { running: false, boltUri: boltUriOf(opts.boltPort), dataDir };
}

/**
 * The live launcher process recorded in `<dataDir>/neo4j.pid`, checked to be alive AND to be our
 * java for this very folder (a recycled pid may belong to anything). Deletes a stale pid file.
 */
function findInstance(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = pidFileOf(dataDir);
  let text: string;
  try {
    text = fs.readFileSync(pidFile, 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number(text.trim());
  const argv = Number.isSafeInteger(pid) && pid > 0 && isAlive(pid) ? commandLine(pid) : undefined;
  const i = argv ? argv.indexOf(MAIN_CLASS) : -1;
  if (argv && i >= 0 && argv[i + 2] === dataDir) return { pid, port: Number(argv[i + 1]) };
  fs.rmSync(pidFile, { force: true });
  return undefined;
}

/** Alive and not a zombie (an exited child not yet reaped still answers kill 0). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true; // no /proc (macOS): trust kill 0
  }
}

/** argv of a process: /proc on Linux, `ps` elsewhere (then split on spaces, good enough here). */
function commandLine(pid: number): string[] | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    const ps = spawnSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
    return ps.status === 0 ? ps.stdout.trim().split(/\s+/) : undefined;
  }
}

async function terminate(pid: number, log: (line: string) => void): Promise<void> {
  log(`Stopping local Neo4j (pid ${pid})…`);
  const t = Date.now();
  signal(pid, 'SIGTERM');
  while (isAlive(pid) && Date.now() - t < STOP_TIMEOUT_MS) await sleep(100);
  if (isAlive(pid)) {
    log(`Neo4j (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
    signal(pid, 'SIGKILL');
    while (isAlive(pid) && Date.now() - t < STOP_TIMEOUT_MS + 5000) await sleep(100);
  }
  log(`Stopped in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
  }
}

/** True if nothing listens on 127.0.0.1:port (binding fails also when 0.0.0.0/:: holds it). */
function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Polls Bolt with the real driver until a query answers, the child exits, or the timeout passes. */
async function waitForBolt(uri: string, timeoutMs: number, exited: () => string | undefined): Promise<void> {
  // Credentials are ignored by the auth-disabled engine; the driver just needs some.
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'password'), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
  });
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  try {
    for (;;) {
      const why = exited();
      if (why) throw new Error(`The local Neo4j process ended (${why}) before Bolt was ready on ${uri}.`);
      try {
        await driver.getServerInfo();
        // Also run one query: the first Cypher compile costs 1–2 s (more under load); paying it
        // here keeps it out of the first test's 5 s timeout, and "ready" then means Cypher answers.
        const session = driver.session();
        try {
          await session.run('RETURN 1');
        } finally {
          await session.close();
        }
        return;
      } catch (e) {
        lastError = (e as Error).message;
      }
      if (Date.now() > deadline) {
        throw new Error(`Bolt did not answer on ${uri} within ${timeoutMs / 1000} s (last error: ${lastError}).`);
      }
      await sleep(250);
    }
  } finally {
    await driver.close();
  }
}

/** Whether target/ lacks a successful build or is older than the pom or any Java source. */
function launcherNeedsBuild(): boolean {
  let built: number;
  try {
    built = fs.statSync(BUILD_STAMP).mtimeMs;
  } catch {
    return true;
  }
  const sources = [LAUNCHER_POM, ...listFiles(path.join(LAUNCHER_DIR, 'src'))];
  return sources.some((f) => fs.statSync(f).mtimeMs > built);
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? listFiles(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

/** `mvn -B -q package`; quiet prints only problems, which end up in the error on failure. */
function buildLauncher(): Promise<void> {
  const args = ['-B', '-q', '-f', LAUNCHER_POM, 'package'];
  const command = `mvn ${args.join(' ')}`;
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { cwd: LAUNCHER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b));
    child.stderr.on('data', (b: Buffer) => (output += b));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new Error('Cannot run `mvn`: Java 17 and Maven are required to build the local Neo4j launcher.')
          : new Error(`Cannot run ${command}: ${e.message}`),
      ),
    );
    child.on('close', (code) => {
      if (code === 0) {
        fs.writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
        return resolve();
      }
      // Maven 3.8 prints stray colour resets even in batch mode; strip ANSI codes.
      const clean = output.replace(/\x1b\[[0-9;]*m/g, '').trim().split('\n').slice(-40).join('\n');
      reject(new Error(`Building the local Neo4j launcher failed (${command} in ${LAUNCHER_DIR}, exit ${code}):\n${clean}`));
    });
  });
}

/** Last `lines` lines of a file after byte `from` (reads at most 16 KB from its end). */
function tail(file: string, lines: number, from: number): string {
  try {
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r');
    const len = Math.max(0, Math.min(size - from, 16_384));
    const buf = Buffer.alloc(len);
    fs.readSync(fd, buf, 0, len, size - len);
    fs.closeSync(fd);
    return buf.toString('utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
