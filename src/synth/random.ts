/**
 * A small seeded generator (mulberry32) and the draws the synthesiser makes with it: the same seed
 * gives the same sequence on every platform, so the same seed gives the same report, byte for byte.
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(values: readonly T[]): T;
  /** A shuffled copy. */
  shuffle<T>(values: readonly T[]): T[];
}

/**
 * mulberry32: numbers in [0, 1) from a 32-bit state (the seed's low 32 bits). The one seeded source
 * of the project — the synthesiser, the metamorphic reports, the fuzz requests and the bench's
 * varied mix all draw from it, so each replays from its seed.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator for `seed` (any integer; the same seed, the same draws). */
export function seededRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) throw new TypeError(`seed must be an integer, got ${seed}`);
  const next = mulberry32(seed);
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (values) => {
      if (values.length === 0) throw new RangeError('pick: expected a non-empty list');
      return values[int(values.length)];
    },
    shuffle: (values) => {
      const out = [...values];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}
