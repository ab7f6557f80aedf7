/**
 * RESPONSE_CACHE=on: a repeated query is answered from memory (no Cypher round trip, same answer);
 * other variables, answers with errors, and anything after an ingest are not; off, nothing is cached.
 */
import { createApp, type App } from '../../src/server/app';
import { ingestReport } from '../../src/ingest/ingestReport';
import { BUNDLED_REPORT, useApi } from './helpers/api';

jest.setTimeout(180_000);

// The harness's app reads the served versions at most once a second (a deployment: every 500 ms): after this
// file's ingest it serves the new version (the old one is removed at once) like the caching app.
const api = useApi({ versionTtlMs: 1000 });
let app: App;
let url = '';
beforeAll(async () => {
  app = createApp({ config: { nodeEnv: 'test', corsOrigins: [], responseCache: 'on' }, executor: api.executor() });
  url = await app.listen(0);
});
afterAll(() => app.stop());

const QUERY = 'query ($path: String!) { ministriesSharingClause(path: $path) { totalCount edges { node { ministry { id } measures { id } } } } }';

/** Posts to the caching app; returns the answer and the Cypher round trips it cost. */
async function ask(variables: Record<string, unknown>, at = url): Promise<{ body: any; trips: number }> {
  const before = api.executor().roundTrips;
  const response = await fetch(at, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables }) });
  const body = await response.json();
  return { body, trips: api.executor().roundTrips - before };
}

test('the same query and variables again: from memory, the same answer', async () => {
  const first = await ask({ path: 'Ⅱ.3.(1)②' });
  expect(first.body.errors).toBeUndefined();
  expect(first.trips).toBeGreaterThan(0);
  const again = await ask({ path: 'Ⅱ.3.(1)②' });
  expect(again).toEqual({ body: first.body, trips: 0 });
});

test('other variables are another entry; answers with errors are not kept', async () => {
  expect((await ask({ path: 'Ⅱ.1' })).trips).toBeGreaterThan(0);
  const unknown = await ask({ path: 'Ⅺ.9' });
  expect(unknown.body.errors[0].extensions.code).toBe('NOT_FOUND');
  expect((await ask({ path: 'Ⅺ.9' })).trips).toBeGreaterThan(0);
});

test('an ingest changes the report version: the next answer is computed again', async () => {
  const before = await ask({ path: 'Ⅱ.3.(1)②' });
  expect((await ask({ path: 'Ⅱ.3.(1)②' })).trips).toBe(0);
  await ingestReport(api.executor(), BUNDLED_REPORT);
  await new Promise((resolve) => setTimeout(resolve, 1100)); // the versions are read at most once a second
  const after = await ask({ path: 'Ⅱ.3.(1)②' });
  expect(after.trips).toBeGreaterThan(1); // the versions read and the query
  expect(after.body).toEqual(before.body); // the same report again: the same answer
  expect((await ask({ path: 'Ⅱ.3.(1)②' })).trips).toBe(0);
});

test('off (the default): every request runs its queries', async () => {
  const plain = `${api.baseUrl()}/graphql`;
  const first = await ask({ path: 'Ⅱ.3.(1)②' }, plain);
  expect(first.body.errors).toBeUndefined();
  expect(first.body.data.ministriesSharingClause.totalCount).toBeGreaterThan(3);
  const again = await ask({ path: 'Ⅱ.3.(1)②' }, plain);
  expect(again.trips).toBeGreaterThan(0);
  expect(again.body).toEqual(first.body);
});
