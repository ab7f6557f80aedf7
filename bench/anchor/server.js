/**
 * The bench's anchor: what users would pick instead of wlb-graph — @neo4j/graphql 7 generating
 * Cypher from ./typeDefs.graphql, served by Apollo Server 5 over node:http, on the same Neo4j.
 * Read-only use (the library also generates mutations; the bench never calls them).
 *
 * Environment: NEO4J_URI (bolt://…), PORT; NEO4J_USER / NEO4J_PASSWORD default neo4j / password.
 * RESPONSE_CACHE_TTL (seconds, unset or 0: no cache): Apollo's response cache
 * (@apollo/server-plugin-response-cache, in-memory LRU of the server) with every answer cacheable
 * for that long. @neo4j/graphql's generated schema carries no @cacheControl hints, and Apollo
 * caches nothing without them (default max age 0), so the cache-control plugin is installed with
 * `defaultMaxAge` = the TTL: every root field and every field returning an object type gets that
 * max age, scalars inherit it, so every answer without errors is stored for the TTL. A hit carries
 * an `age` header (the plugin's own), which is how the bench counts hits.
 * Prints "anchor ready at <url>" once it listens; stops on SIGTERM/SIGINT.
 */
const fs = require('node:fs');
const path = require('node:path');
const { ApolloServer } = require('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone');
const { ApolloServerPluginCacheControl } = require('@apollo/server/plugin/cacheControl');
const responseCachePlugin = require('@apollo/server-plugin-response-cache').default;
const { Neo4jGraphQL } = require('@neo4j/graphql');
const neo4j = require('neo4j-driver');

async function main() {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI must name the bench Neo4j, e.g. bolt://127.0.0.1:7811');
  const port = Number(process.env.PORT ?? 4100);
  const ttl = Number(process.env.RESPONSE_CACHE_TTL ?? 0);
  if (!Number.isInteger(ttl) || ttl < 0) throw new TypeError(`RESPONSE_CACHE_TTL must be a whole number of seconds (0: no cache); got ${JSON.stringify(process.env.RESPONSE_CACHE_TTL)}`);
  const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'password'), {
    maxConnectionPoolSize: 50,
  });
  const typeDefs = fs.readFileSync(path.join(__dirname, 'typeDefs.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const plugins = ttl > 0 ? [ApolloServerPluginCacheControl({ defaultMaxAge: ttl }), responseCachePlugin()] : [];
  const server = new ApolloServer({ schema, introspection: false, plugins });
  const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  console.log(`anchor ready at ${url}${ttl > 0 ? ` (response cache, TTL ${ttl} s)` : ''}`);
  const stop = async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  console.error(`anchor failed to start: ${error.stack ?? error}`);
  process.exit(1);
});
