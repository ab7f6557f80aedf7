/**
 * Every `$param` a read query uses is supplied by the code that runs it: loaders/queries.ts lists
 * each query's parameters (and `runQuery`'s type makes callers give exactly those); this checks the
 * list against the .cypher files, both ways, and that every read file is listed.
 */
import { QUERIES, queryFile, type QueryName } from '../../loaders/queries';
import { CypherRegistry, queryParameters } from '../../src/db/cypherRegistry';

const registry = new CypherRegistry();
/** Read files run by other code than the API (the ingest's migration and version checks). */
const NOT_API = new Set(['read/appliedMigrations', 'read/schemaSize', 'read/abandonedVersions', 'read/lineageYear']);

test.each(Object.keys(QUERIES) as QueryName[])('%s: the parameters in its file are the ones the code supplies', (name) => {
  expect(queryParameters(registry.get(queryFile(name)))).toEqual([...QUERIES[name]].sort());
});

test('every cypher/read file is run by the API (or listed as run elsewhere)', () => {
  const listed = new Set((Object.keys(QUERIES) as QueryName[]).map(queryFile));
  const unlisted = registry.names('read/').filter((n) => !listed.has(n) && !NOT_API.has(n));
  expect(unlisted).toEqual([]);
});

test('queryParameters ignores comments and strings', () => {
  expect(queryParameters("// uses $nothing\nMATCH (n {id: $id}) WHERE n.x = '$notParam' RETURN n")).toEqual(['id']);
});
