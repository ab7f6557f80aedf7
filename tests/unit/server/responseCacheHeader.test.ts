/**
 * The response cache's hit/miss header (RESPONSE_CACHE_HEADER=on, for the bench's hit rates): a
 * repeated query says `hit`, a first one `miss`; without the option no header at all.
 */
import { ApolloServer } from '@apollo/server';
import { CACHE_STATUS_HEADER, responseCachePlugin } from '../../../src/server/plugins/responseCache';

async function headersOf(header: boolean | undefined): Promise<(string | undefined)[]> {
  const plugin = responseCachePlugin<object>({ versionOf: () => 'v1', header });
  const server = new ApolloServer({ typeDefs: 'type Query { answer: Int }', resolvers: { Query: { answer: () => 42 } }, plugins: [plugin] });
  await server.start();
  try {
    const seen: (string | undefined)[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await server.executeOperation({ query: '{ answer }' });
      seen.push(response.http.headers.get(CACHE_STATUS_HEADER));
    }
    expect(plugin.stats).toMatchObject({ hits: 1, misses: 1 });
    return seen;
  } finally {
    await server.stop();
  }
}

test('with the header: miss, then hit', async () => {
  expect(await headersOf(true)).toEqual(['miss', 'hit']);
});

test('without it (the default): no header, the same caching', async () => {
  expect(await headersOf(undefined)).toEqual([undefined, undefined]);
});
