/**
 * A seeded pseudo-random source for the varied mix: the same seed gives the same draws on every
 * machine and every run (mulberry32: 32-bit state, good enough to pick operations).
 */
import { mulberry32 } from '../../src/synth/random';

export class Random {
  /** A number in [0, 1). */
  readonly next: () => number;

  constructor(seed: number) {
    if (!Number.isInteger(seed)) throw new TypeError(`seed must be an integer; got ${JSON.stringify(seed)}`);
    this.next = mulberry32(seed);
  }

  /** A whole number in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.below(items.length)];
  }

  /** A new array: `items` in a random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** `k` distinct items (all when k ≥ length), in a random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, k));
  }
}

/**
 * Draws ranks 0 … n−1 with Zipf weights (rank r has weight 1 / (r + 1)^s): the popularity of real
 * traffic, where a few questions are asked often and most rarely. s = 0 is uniform.
 */
export function zipfSampler(n: number, s: number, random: Random): () => number {
  if (!(n >= 1) || !(s >= 0)) throw new RangeError(`zipf needs n ≥ 1 and s ≥ 0; got n=${n}, s=${s}`);
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 0; r < n; r++) cumulative.push((total += 1 / (r + 1) ** s));
  return () => {
    const x = random.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
