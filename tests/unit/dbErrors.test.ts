/** src/db/errors.ts: driver errors become the API's coded errors. */
import { Neo4jError } from 'neo4j-driver';
import { DatabaseUnavailableError, mapDriverError, QueryTimeoutError } from '../../src/db/errors';

test.each(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable', 'Neo.TransientError.Transaction.Terminated'])(
  '%s is SERVICE_UNAVAILABLE',
  (code) => {
    expect(mapDriverError(new Neo4jError('gone', code, '', ''), 5000)).toBeInstanceOf(DatabaseUnavailableError);
  },
);

test('a transaction time-out is QUERY_TIMEOUT naming the limit', () => {
  const mapped = mapDriverError(new Neo4jError('slow', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', '', ''), 250);
  expect(mapped).toBeInstanceOf(QueryTimeoutError);
  expect(mapped.message).toMatch(/250 ms limit/u);
});

test('a Cypher syntax error stays an internal error', () => {
  const error = new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '', '');
  expect(mapDriverError(error, 5000)).toBe(error);
});
