/**
 * A read that meets a short outage is retried until Neo4j answers again (within RETRY_WITHIN_MS,
 * 2 s); a longer one fails with SERVICE_UNAVAILABLE once that window is spent. The executor runs as
 * the server runs it (the production driver settings) against the real test engine, through a
 * loopback proxy that resets every connection and refuses new ones for a while — what a restarting
 * engine or a dropped network looks like to the driver.
 */
import type { Driver } from 'neo4j-driver';
import { CypherRegistry } from '../../src/db/cypherRegistry';
import { createDriver, RETRY_WITHIN_MS } from '../../src/db/driver';
import { DatabaseUnavailableError } from '../../src/db/errors';
import { Executor } from '../../src/db/executor';
import { startTcpProxy, type TcpProxy } from './helpers/tcpProxy';

jest.setTimeout(60_000);

let proxy: TcpProxy;
let driver: Driver;
let executor: Executor;

beforeAll(async () => {
  const target = new URL(process.env.TEST_NEO4J_URI ?? '');
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 7687) });
  driver = createDriver({ uri: `bolt://127.0.0.1:${proxy.port}`, user: 'neo4j', password: 'password' });
  executor = new Executor(driver, new CypherRegistry(), { database: 'neo4j', readTimeoutMs: 10_000 });
});
afterAll(async () => {
  await driver.close();
  await proxy.close();
});

/** The schema's size (constraints and indexes): a read with one row (a count, 0 before any migration). */
const schemaSize = async (): Promise<number> => Number((await executor.read('read/schemaSize'))[0]?.count);

test('an outage shorter than the retry window: the read is retried and answers as before', async () => {
  const before = await schemaSize();
  expect(Number.isInteger(before)).toBe(true);
  const connections = proxy.accepted;
  proxy.outage(700);
  const started = Date.now();
  expect(await schemaSize()).toBe(before);
  const ms = Date.now() - started;
  console.log(`a read across a 700 ms outage answered after ${ms} ms, ${proxy.accepted - connections} connection attempts`);
  // It waited the outage out (not answered from an open connection) by trying again: a first
  // attempt, at least one refused retry, and the one that got through.
  expect(ms).toBeGreaterThanOrEqual(600);
  expect(proxy.accepted - connections).toBeGreaterThanOrEqual(3);
});

test('an outage longer than the retry window: SERVICE_UNAVAILABLE once the window is spent', async () => {
  proxy.outage(RETRY_WITHIN_MS + 3_000);
  const started = Date.now();
  const error = await schemaSize().then(
    () => null,
    (e: unknown) => e,
  );
  const ms = Date.now() - started;
  console.log(`a read during a long outage failed after ${ms} ms`);
  expect(error).toBeInstanceOf(DatabaseUnavailableError);
  expect((error as DatabaseUnavailableError).code).toBe('SERVICE_UNAVAILABLE');
  // It kept trying for most of the window (attempts at 0, 0.1, 0.3, 0.7 and 1.5 s), then gave up.
  expect(ms).toBeGreaterThanOrEqual(RETRY_WITHIN_MS / 2);
  expect(ms).toBeLessThanOrEqual(RETRY_WITHIN_MS + 1_000);
});
