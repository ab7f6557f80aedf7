/** Driver values to plain JavaScript (src/db/values.ts): what every read returns to resolvers. */
import neo4j from 'neo4j-driver';
import { toDriverParams, toPlain } from '../../src/db/values';

test('Integers become numbers, also inside lists and maps', () => {
  expect(toPlain(neo4j.int(42))).toBe(42);
  expect(toPlain([neo4j.int(1), neo4j.int(2)])).toEqual([1, 2]);
  expect(toPlain({ order: neo4j.int(3), nested: { count: neo4j.int(7) } })).toEqual({ order: 3, nested: { count: 7 } });
});

test('strings, numbers, booleans pass through; null and undefined become null', () => {
  expect(toPlain('内閣府')).toBe('内閣府');
  expect(toPlain(0.5)).toBe(0.5);
  expect(toPlain(false)).toBe(false);
  expect(toPlain(null)).toBeNull();
  expect(toPlain(undefined)).toBeNull();
  expect(toPlain({ a: undefined })).toEqual({ a: null });
});

test('temporal values become ISO strings', () => {
  const dt = new neo4j.types.DateTime(2026, 11, 25, 18, 0, 0, 0, 0);
  expect(toPlain(dt)).toBe('2026-11-25T18:00:00.000Z');
  expect(toPlain({ loadedAt: dt })).toEqual({ loadedAt: '2026-11-25T18:00:00.000Z' });
  expect(toPlain(new neo4j.types.Date(2026, 11, 25))).toBe('2026-11-25');
});

test('nodes and relationships become their properties', () => {
  const node = new neo4j.types.Node(neo4j.int(1), ['Ministry'], { id: 'cabinet-office', order: neo4j.int(1) }, 'e1');
  expect(toPlain(node)).toEqual({ id: 'cabinet-office', order: 1 });
  const rel = new neo4j.types.Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(3), 'SIMILAR_TO', { score: 0.8 }, 'e2', 'e1', 'e3');
  expect(toPlain([rel])).toEqual([{ score: 0.8 }]);
});

test('write parameters: whole numbers become Integers, recursively; fractions, strings and driver values stay', () => {
  const params = toDriverParams({ rows: [{ rank: 3001, score: 0.5, id: 'x', list: [2024, 1.5] }], n: neo4j.int(7) }) as any;
  expect(neo4j.isInt(params.rows[0].rank)).toBe(true);
  expect(params.rows[0].rank.toNumber()).toBe(3001);
  expect(params.rows[0].score).toBe(0.5);
  expect(params.rows[0].id).toBe('x');
  expect(neo4j.isInt(params.rows[0].list[0])).toBe(true);
  expect(params.rows[0].list[1]).toBe(1.5);
  expect(neo4j.isInt(params.n)).toBe(true);
});
