/**
 * A small seeded pseudo-random source (mulberry32) for the metamorphic generator: the same seed gives
 * the same transformed reports on every machine and run, so a failure can be replayed from its seed.
 */

import { mulberry32 } from '../../src/synth/random';

/** Draws numbers, choices and shuffles from one seeded stream. */
export class Random {
  /** A number in [0, 1). */
  readonly next: () => number;

  constructor(readonly seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new TypeError(`Random: the seed must be an integer in 0…2^32-1, got ${String(seed)}`);
    }
    this.next = mulberry32(seed);
  }

  /** An integer in [from, to] (both included). */
  int(from: number, to: number): number {
    return from + Math.floor(this.next() * (to - from + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new TypeError('Random.pick: the list is empty');
    return items[Math.floor(this.next() * items.length)];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** A shuffled copy that differs from the input whenever two of its elements differ. */
  derange<T>(items: readonly T[], same: (a: T, b: T) => boolean = Object.is): T[] {
    if (items.length < 2 || items.every((x) => same(x, items[0]))) return [...items];
    for (;;) {
      const out = this.shuffle(items);
      if (out.some((x, i) => !same(x, items[i]))) return out;
    }
  }

  /** A random subset (each element kept with probability `p`), never empty when `items` is not. */
  subset<T>(items: readonly T[], p: number): T[] {
    const out = items.filter(() => this.chance(p));
    return out.length > 0 || items.length === 0 ? out : [this.pick(items)];
  }
}
