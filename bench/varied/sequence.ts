/**
 * The fixed sequence every server is sent: every distinct operation once (the long tail asked
 * once) and, for the rest of its length, operations asked again with the popularity of real
 * traffic — a kind drawn with equal weights, then an operation of that kind by Zipf weights over a
 * seeded order of the kind's operations — all in a seeded shuffle. Same operations and seed: the
 * same sequence.
 */
import { Random, zipfSampler } from './random';
import type { Operation } from './resolve';
import { KINDS, type Kind } from './templates';

export interface SequenceOptions {
  readonly seed: number;
  /** Operations in the sequence (at least one of each distinct operation: raised to their number). */
  readonly length: number;
  /** Zipf exponent of the repeats (0: uniform; 1: the classic web-traffic skew). */
  readonly zipf: number;
}

/** Indices into `operations`. */
export function drawSequence(operations: readonly Operation[], options: SequenceOptions): number[] {
  const random = new Random(options.seed);
  const byKind = new Map<Kind, number[]>();
  operations.forEach((op, i) => byKind.set(op.kind, [...(byKind.get(op.kind) ?? []), i]));
  const kinds = KINDS.filter((k) => byKind.has(k));
  const popular = new Map(kinds.map((k) => [k, random.shuffle(byKind.get(k)!)]));
  const draw = new Map(kinds.map((k) => [k, zipfSampler(popular.get(k)!.length, options.zipf, random)]));
  const sequence = operations.map((_, i) => i);
  while (sequence.length < options.length) {
    const kind = random.pick(kinds);
    sequence.push(popular.get(kind)![draw.get(kind)!()]);
  }
  return random.shuffle(sequence);
}

export interface KindSummary {
  readonly kind: Kind;
  /** Times the kind is asked in the sequence. */
  readonly requests: number;
  /** Distinct operations of the kind (as we ask them; the anchor's may be fewer: it has one spelling of a clause path). */
  readonly distinct: number;
  readonly distinctAnchor: number;
  readonly role: string;
  /** Of the distinct operations: answers compared and the same, compared and different. */
  readonly same: number;
  readonly different: number;
}

export interface SequenceSummary {
  readonly requests: number;
  readonly distinct: number;
  readonly distinctAnchor: number;
  readonly byKind: KindSummary[];
}

/** How many operations, how many distinct (ours and the anchor's), and the mix by kind. */
export function summarize(operations: readonly Operation[], sequence: readonly number[]): SequenceSummary {
  const body = (r: { query: string; variables: unknown }) => JSON.stringify(r);
  const kinds = KINDS.filter((k) => operations.some((o) => o.kind === k));
  const byKind = kinds.map((kind) => {
    const ops = operations.filter((o) => o.kind === kind);
    return {
      kind,
      requests: sequence.filter((i) => operations[i].kind === kind).length,
      distinct: new Set(ops.map((o) => body(o.ours))).size,
      distinctAnchor: new Set(ops.map((o) => body(o.anchor))).size,
      role: [...new Set(ops.map((o) => o.role))].join('/'),
      same: ops.filter((o) => o.check === 'same').length,
      different: ops.filter((o) => o.check === 'different').length,
    };
  });
  return {
    requests: sequence.length,
    distinct: new Set(sequence.map((i) => body(operations[i].ours))).size,
    distinctAnchor: new Set(sequence.map((i) => body(operations[i].anchor))).size,
    byKind,
  };
}
