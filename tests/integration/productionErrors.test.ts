/**
 * What clients read when requests fail, on the compiled server as `npm start` runs it (`npm run
 * build`, then `node dist/js/src/main.js`, NODE_ENV unset): every kind of failing request — GraphQL
 * syntax and validation errors, bad arguments and variables, an internal error, malformed JSON, a
 * wrong content type, a body that is no operation, an oversize body, unknown routes, a database
 * outage — answers a coded error with no stack trace, file path, line reference, internal class
 * name or database address. The same requests to the same build under NODE_ENV=development do show
 * such details, so the checks can fail. Both servers reach the test Neo4j through a TCP proxy,
 * closed by the last test to cut them off.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../../src/config';
import { CypherRegistry } from '../../src/db/cypherRegistry';
import { Executor } from '../../src/db/executor';
import { ingestReport } from '../../src/ingest/ingestReport';
import { BUNDLED_REPORT } from './helpers/api';
import { freePort } from './helpers/freePort';
import { clearGraph, testDriver } from './helpers/neo4j';
import { startTcpProxy, type TcpProxy } from './helpers/tcpProxy';

jest.setTimeout(300_000);

/** A ministry without its required `nameJa`: resolving it fails inside graphql-js, a bug as clients see it. */
const PROBE_ID = 'zz-leak-probe';

/** What must never reach a client outside development, each with what it would give away. */
const LEAKS: readonly (readonly [string, RegExp])[] = [
  ['a stack trace', /stacktrace|\bat [\w.$<> ]+ \(/u],
  ['a source path', /\/src\/|\/dist\/|node_modules|node:internal/u],
  ['a line reference', /\.[cm]?[jt]s:\d+/u],
  ['the project folder', new RegExp(projectRoot.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'u')],
  ['an internal class or package name', /\b(?:GraphQLError|BadRequestError|ApolloServer|Neo4jError|DatabaseUnavailableError|QueryTimeoutError|PayloadTooLargeError|QueryLimitError|TypeError|ReferenceError)\b|@apollo\/server/u],
  ['a database address or socket error', /ECONNREFUSED|ECONNRESET|bolt:\/\/|127\.0\.0\.1:\d+/u],
];

/** The leaks found in a body: `what: matched text`. */
function leaksIn(text: string): string[] {
  return LEAKS.flatMap(([what, pattern]) => {
    const found = pattern.exec(text);
    return found ? [`${what}: ${found[0]}`] : [];
  });
}

interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
}

type Send = (base: string) => Promise<Response>;

const post =
  (body: string, contentType = 'application/json'): Send =>
  (base) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
const query = (text: string, variables?: Record<string, unknown>): Send => post(JSON.stringify({ query: text, variables }));
const get =
  (pathname: string, headers: Record<string, string> = {}): Send =>
  (base) =>
    fetch(`${base}${pathname}`, { headers });

/** Failing requests and how production answers them: HTTP status and, for GraphQL, the error code. */
const CASES: readonly { name: string; send: Send; status: number; code?: string }[] = [
  { name: 'a syntax error', send: query('{ ministries { '), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'a GraphQL validation error', send: query('{ nope }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a mutation', send: query('mutation { anything }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'introspection', send: query('{ __schema { queryType { name } } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a bad argument', send: query('{ ministries(first: 101) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a bad variable', send: query('query ($n: NonNegativeInt) { ministries(first: $n) { totalCount } }', { n: -1 }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an internal error', send: query(`{ ministry(id: "${PROBE_ID}") { id nameJa } }`), status: 200, code: 'INTERNAL_SERVER_ERROR' },
  { name: 'malformed JSON', send: post('{"query": "{ __typename }"'), status: 400, code: 'BAD_REQUEST' },
  { name: 'a wrong content type', send: post('{ __typename }', 'text/plain'), status: 400, code: 'BAD_REQUEST' },
  { name: 'JSON that is no operation', send: post('null'), status: 400, code: 'BAD_REQUEST' },
  { name: 'a batch', send: post('[{"query": "{ __typename }"}]'), status: 400, code: 'BAD_REQUEST' },
  { name: 'a body over the limit', send: query(`{ __typename } # ${'x'.repeat(2 * 1024 * 1024)}`), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'a browser opening /graphql', send: get('/graphql', { accept: 'text/html' }), status: 400, code: 'BAD_REQUEST' },
  { name: 'an unknown route', send: get('/nowhere'), status: 404 },
  { name: 'an unknown explorer file', send: get('/explorer/main.js.map'), status: 404 },
  { name: 'a POST to the explorer', send: (base) => fetch(`${base}/explorer`, { method: 'POST', body: 'x' }), status: 405 },
];

/** The compiled server in a child process. */
interface Server {
  readonly base: string;
  readonly process: ChildProcess;
  log(): string;
}

let driver: Driver;
let proxy: TcpProxy;
const servers: Server[] = [];
let production: Server;
let development: Server;

/** `node dist/js/src/main.js` on a free port, over the proxy; NODE_ENV as given (`undefined`: unset, as under `npm start`). */
async function startServer(nodeEnv: 'development' | undefined): Promise<Server> {
  const port = await freePort();
  // jest sets NODE_ENV=test for itself: the server must not inherit it.
  const { NODE_ENV: _jests, ...env } = process.env;
  const child = spawn(process.execPath, [path.join(projectRoot, 'dist', 'js', 'src', 'main.js')], {
    cwd: projectRoot,
    env: { ...env, ...(nodeEnv ? { NODE_ENV: nodeEnv } : {}), NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`, HOST: '127.0.0.1', PORT: String(port), RESPONSE_CACHE: 'off' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-200_000)));
  const server: Server = { base: `http://127.0.0.1:${port}`, process: child, log: () => log };
  servers.push(server);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server (NODE_ENV=${nodeEnv ?? 'unset'}) exited (${child.exitCode}) before it was ready:\n${log}`);
    try {
      if ((await fetch(`${server.base}/readyz`)).status === 200) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server (NODE_ENV=${nodeEnv ?? 'unset'}) was not ready within 120 s:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function send(server: Server, request: Send): Promise<Answer> {
  const response = await request(server.base);
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
}

function firstError(answer: Answer): { message: string; extensions?: Record<string, unknown> } {
  return (JSON.parse(answer.text) as { errors: { message: string; extensions?: Record<string, unknown> }[] }).errors[0];
}

beforeAll(async () => {
  driver = testDriver();
  await clearGraph(driver); // the bundled report the only year: the probe is in the year served by default
  const { version } = await ingestReport(new Executor(driver, new CypherRegistry(), { database: 'neo4j', readTimeoutMs: 20_000 }), BUNDLED_REPORT);
  // In the served version of the year, so `ministry(id)` finds it.
  await driver.executeQuery('MERGE (m:Ministry {uid: $version + "|" + $id}) SET m.id = $id, m.version = $version, m.fiscalYear = 2024', { id: PROBE_ID, version }, { database: 'neo4j' });
  // What `npm start` runs: build first (tsc, incremental), then the compiled entry point.
  await promisify(execFile)('npm', ['run', '-s', 'build'], { cwd: projectRoot });
  const target = new URL(process.env.TEST_NEO4J_URI ?? '');
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 7687) });
  [production, development] = await Promise.all([startServer(undefined), startServer('development')]);
});

afterAll(async () => {
  await Promise.all(
    servers.map(async ({ process: child }) => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }),
  );
  await proxy?.close();
  await driver?.executeQuery('MATCH (m:Ministry {id: $id}) DETACH DELETE m', { id: PROBE_ID }, { database: 'neo4j' });
  await driver?.close();
});

describe('npm start (NODE_ENV unset) is production', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s: the coded answer, and nothing internal in it', async (_name, c) => {
    const answer = await send(production, c.send);
    expect(leaksIn(answer.text)).toEqual([]);
    expect(answer.status).toBe(c.status);
    if (c.code) expect(firstError(answer).extensions?.code).toBe(c.code);
  });

  test('the internal error reaches the client as "Unexpected error." and the log in full', async () => {
    const text = `{ ministry(id: "${PROBE_ID}") { id nameJa } }`;
    const answer = await send(production, query(text));
    expect(firstError(answer)).toEqual({ message: 'Unexpected error.', locations: [{ line: 1, column: text.indexOf('nameJa') + 1 }], path: ['ministry', 'nameJa'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(production.log()).toMatch(/ERROR unexpected error at ministry\.nameJa: .*Cannot return null for non-nullable field Ministry\.nameJa/u);
  });

  test('field suggestions are off', async () => {
    expect(firstError(await send(production, query('{ ministry(id: "cabinet-office") { nameJp } }'))).message).toBe('Cannot query field "nameJp" on type "Ministry".');
  });
});

describe('NODE_ENV=development shows the details', () => {
  test('validation, syntax and argument errors carry stack traces with source paths', async () => {
    for (const name of ['a syntax error', 'a GraphQL validation error', 'a bad argument']) {
      const answer = await send(development, CASES.find((c) => c.name === name)!.send);
      expect(leaksIn(answer.text)).toEqual(expect.arrayContaining([expect.stringMatching(/^a stack trace/u), expect.stringMatching(/^a source path/u)]));
    }
  });

  test('the internal error says what went wrong', async () => {
    const error = firstError(await send(development, query(`{ ministry(id: "${PROBE_ID}") { id nameJa } }`)));
    expect(error.message).toBe('Cannot return null for non-nullable field Ministry.nameJa.');
    expect(error.extensions?.stacktrace).toEqual(expect.arrayContaining([expect.stringMatching(/node_modules\/graphql\/execution/u)]));
  });

  test('introspection, suggestions and Apollo\'s landing page are on', async () => {
    expect(JSON.parse((await send(development, query('{ __schema { queryType { name } } }'))).text)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    expect(firstError(await send(development, query('{ ministry(id: "cabinet-office") { nameJp } }'))).message).toMatch(/Did you mean "nameJa"/u);
    const page = await send(development, get('/graphql', { accept: 'text/html' }));
    expect(page.status).toBe(200);
    expect(page.contentType).toMatch(/text\/html/u);
  });
});

// Last: closing the proxy cuts both servers off from Neo4j for the rest of the file.
describe('Neo4j unreachable', () => {
  test('production says SERVICE_UNAVAILABLE without the driver\'s message; development names it', async () => {
    await proxy.close();
    const down = query('{ ministry(id: "cabinet-office") { id } }');
    const answer = await send(production, down);
    expect(leaksIn(answer.text)).toEqual([]);
    expect(firstError(answer)).toMatchObject({ message: 'the graph database is not reachable; try again later', extensions: { code: 'SERVICE_UNAVAILABLE' } });
    const ready = await send(production, get('/readyz'));
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.text)).toEqual({ status: 'unavailable', reason: 'Neo4j does not answer' });

    const detailed = firstError(await send(development, down));
    expect(detailed).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(detailed.message).toMatch(/^the graph database is not reachable: ./u);
    expect(leaksIn(detailed.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^a database address or socket error/u)]));
    expect(JSON.parse((await send(development, get('/readyz'))).text).reason).toMatch(/^Neo4j does not answer: ./u);
  });
});
