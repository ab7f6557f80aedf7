/** src/config.ts: defaults, and bad values rejected with a ConfigError naming the variable. */
import path from 'node:path';
import { ConfigError, loadConfig, projectRoot } from '../../src/config';

test('defaults from an empty environment', () => {
  const c = loadConfig({});
  expect(c).toMatchObject({
    neo4jUri: undefined,
    neo4jUser: 'neo4j',
    neo4jBoltPort: 7687,
    neo4jDataDir: path.join(projectRoot, '.neo4j'),
    neo4jHeap: '1g',
    neo4jPageCache: '256m',
    host: '127.0.0.1',
    port: 4000,
  });
  expect(Object.isFrozen(c)).toBe(true);
});

test('values from the environment are parsed', () => {
  const c = loadConfig({ NEO4J_BOLT_PORT: '7700', NEO4J_URI: 'bolt://db:7687', NEO4J_HEAP: '2G' });
  expect(c).toMatchObject({ neo4jBoltPort: 7700, neo4jUri: 'bolt://db:7687', neo4jHeap: '2g' });
});

test.each(['abc', '0', '70000', '-1', '7687x'])('bad NEO4J_BOLT_PORT %p is a ConfigError naming it', (v) => {
  expect(() => loadConfig({ NEO4J_BOLT_PORT: v })).toThrow(ConfigError);
  expect(() => loadConfig({ NEO4J_BOLT_PORT: v })).toThrow(/NEO4J_BOLT_PORT/);
});

test('bad NEO4J_URI is a ConfigError naming it', () => {
  expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI must be a Neo4j URI/);
});

test('bad memory size names NEO4J_HEAP', () => {
  expect(() => loadConfig({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP/);
});

test('request limits: defaults, values, and bad values naming the variable', () => {
  expect(loadConfig({})).toMatchObject({ maxQueryDepth: 12, maxQueryCost: 250_000, maxAliases: 30 });
  expect(loadConfig({ MAX_QUERY_DEPTH: '8', MAX_QUERY_COST: '500', MAX_ALIASES: '0' })).toMatchObject({ maxQueryDepth: 8, maxQueryCost: 500, maxAliases: 0 });
  expect(() => loadConfig({ MAX_QUERY_DEPTH: '0' })).toThrow(/MAX_QUERY_DEPTH/u);
  expect(() => loadConfig({ MAX_QUERY_COST: 'lots' })).toThrow(/MAX_QUERY_COST/u);
});

test('NODE_ENV: production unless set to development or test; anything else is refused', () => {
  expect(loadConfig({}).nodeEnv).toBe('production');
  expect(loadConfig({ NODE_ENV: '' }).nodeEnv).toBe('production');
  expect(loadConfig({ NODE_ENV: 'development' }).nodeEnv).toBe('development');
  expect(loadConfig({ NODE_ENV: 'test' }).nodeEnv).toBe('test');
  expect(() => loadConfig({ NODE_ENV: 'dev' })).toThrow(/NODE_ENV must be one of production, development, test; got "dev"/u);
});

test('RESPONSE_CACHE_HEADER is on or off (default off: the hit/miss header is for the bench)', () => {
  expect(loadConfig({}).responseCacheHeader).toBe('off');
  expect(loadConfig({ RESPONSE_CACHE_HEADER: 'on' }).responseCacheHeader).toBe('on');
  expect(() => loadConfig({ RESPONSE_CACHE_HEADER: 'yes' })).toThrow(/RESPONSE_CACHE_HEADER must be one of on, off/u);
});

test('RESPONSE_CACHE is on or off (default on)', () => {
  expect(loadConfig({}).responseCache).toBe('on');
  expect(loadConfig({ RESPONSE_CACHE: 'off' }).responseCache).toBe('off');
  expect(() => loadConfig({ RESPONSE_CACHE: 'yes' })).toThrow(/RESPONSE_CACHE must be one of on, off/u);
});
