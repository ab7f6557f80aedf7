/**
 * The bench's varied mix generator (bench/varied/): typed clause spellings our API reads back to the
 * canonical path, a sequence that is the same for the same seed and holds every operation, and a
 * pool of distinct questions drawn from a catalog.
 */
import { normalizeClausePath } from '../../../src/ingest/clauses/clausePath';
import type { Catalog } from '../../../bench/varied/catalog';
import { buildPool } from '../../../bench/varied/pool';
import { Random, zipfSampler } from '../../../bench/varied/random';
import type { Operation } from '../../../bench/varied/resolve';
import { drawSequence, summarize } from '../../../bench/varied/sequence';
import { SPELLINGS, spell } from '../../../bench/varied/spellings';

test('every spelling of a path is read back as the canonical path', () => {
  const paths = ['Ⅱ', 'Ⅱ.1', 'Ⅱ.1.(3)③', 'Ⅱ.3.(1)②ア', 'Ⅳ.(1)②'];
  for (const path of paths) for (const s of SPELLINGS) expect(normalizeClausePath(spell(path, s))).toBe(path);
  expect(spell('Ⅱ.3.(1)②', 'ascii')).toBe('II.3.(1)2');
  expect(spell('Ⅱ.3.(1)②', 'fullWidth')).toBe('Ⅱ．３．（１）②');
});

test('the random source and the Zipf sampler are seeded', () => {
  const draws = (seed: number) => {
    const random = new Random(seed);
    const zipf = zipfSampler(50, 1, random);
    return Array.from({ length: 20 }, () => zipf());
  };
  expect(draws(7)).toEqual(draws(7));
  expect(draws(7)).not.toEqual(draws(8));
  const counts = new Array(50).fill(0);
  const zipf = zipfSampler(50, 1, new Random(1));
  for (let i = 0; i < 20_000; i++) counts[zipf()]++;
  expect(counts[0]).toBeGreaterThan(counts[9] * 5); // rank 1 ~10× rank 10
});

const op = (kind: Operation['kind'], n: number): Operation => ({
  kind,
  label: `${kind} ${n}`,
  role: 'same',
  ours: { query: kind, variables: { n } },
  anchor: { query: kind, variables: { n: n % 3 } },
  check: 'same',
});

test('the sequence holds every operation, has the length asked, and is the same for the same seed', () => {
  const ops = [...Array.from({ length: 30 }, (_, i) => op('search', i)), ...Array.from({ length: 5 }, (_, i) => op('similar', i))];
  const sequence = drawSequence(ops, { seed: 3, length: 200, zipf: 1 });
  expect(sequence).toHaveLength(200);
  expect(new Set(sequence).size).toBe(ops.length);
  expect(drawSequence(ops, { seed: 3, length: 200, zipf: 1 })).toEqual(sequence);
  expect(drawSequence(ops, { seed: 4, length: 200, zipf: 1 })).not.toEqual(sequence);
  // Kinds are equally likely in the repeats: the small kind is asked about as often as the large one.
  const similar = sequence.filter((i) => ops[i].kind === 'similar').length;
  expect(similar).toBeGreaterThan(50);
  const summary = summarize(ops, sequence);
  expect(summary).toMatchObject({ requests: 200, distinct: 35 });
  expect(summary.byKind.find((k) => k.kind === 'search')).toMatchObject({ distinct: 30, distinctAnchor: 3 });
});

test('the pool: distinct questions of every kind, the same for the same seed, capped per kind on request', () => {
  const catalog: Catalog = {
    fiscalYear: 2024,
    ministries: ['a', 'b', 'c'],
    clausePaths: ['Ⅱ', 'Ⅱ.1', 'Ⅱ.1.(1)①'],
    measures: Array.from({ length: 12 }, (_, i) => ({ id: `2024/a/p1/m${i + 1}`, ministryId: 'a' })),
    themes: [{ id: 'theme/telework', terms: ['テレワーク', '在宅勤務'] }],
    contentTerms: [{ term: '業務', pairs: 9 }],
  };
  const pool = buildPool(catalog, { seed: 1 });
  const bodies = pool.map((t) => JSON.stringify(t.ours(null)));
  expect(new Set(bodies).size).toBe(pool.length);
  expect(new Set(pool.map((t) => t.kind))).toEqual(new Set(['ministryTree', 'clauseSharing', 'measurePage', 'search', 'similar', 'neighbourhood']));
  // Ⅱ in full width is Ⅱ: asked once; the other paths in three spellings, with and without descendants.
  expect(pool.filter((t) => t.kind === 'clauseSharing')).toHaveLength(2 * 2 + 2 * 3 * 2);
  expect(buildPool(catalog, { seed: 1 }).map((t) => t.label)).toEqual(pool.map((t) => t.label));
  const capped = buildPool(catalog, { seed: 1, maxPerKind: 2 });
  expect(Math.max(...[...new Set(capped.map((t) => t.kind))].map((k) => capped.filter((t) => t.kind === k).length))).toBe(2);
});
