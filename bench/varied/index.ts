/**
 * The varied mix, ready to send: read the catalog from our API, draw the distinct questions
 * (pool.ts), ask each of both servers once to fix next pages' cursors and compare answers
 * (resolve.ts), draw the fixed sequence (sequence.ts). Then `bodies(side, tag)` gives the POST
 * bodies of the sequence for one side; `tag` is a comment put before every query: the caches of
 * both servers key answers by the query's text, so a run tagged apart starts with nothing cached
 * from the warm-up or an earlier run (the servers' other caches — plans, JIT, the graph in the page
 * cache — stay warm).
 */
import { readCatalog, type Catalog } from './catalog';
import { buildPool, type PoolOptions } from './pool';
import { resolveOperations, type Operation } from './resolve';
import { drawSequence, summarize, type SequenceSummary } from './sequence';
import type { Req } from './templates';

export interface VariedOptions extends PoolOptions {
  /** Length of the sequence (raised to the number of distinct operations). */
  readonly length?: number;
  /** How many times as long as the distinct operations the sequence is, when `length` is not given (default 3). */
  readonly lengthFactor?: number;
  readonly zipf?: number;
  /** Pages of a paged question at most (first page included). */
  readonly maxPages?: number;
  /** Measures whose shared terms are counted for the vocabulary (evenly spread). */
  readonly termMeasures?: number;
}

export interface VariedMix {
  readonly catalog: Catalog;
  readonly operations: readonly Operation[];
  readonly sequence: readonly number[];
  readonly summary: SequenceSummary;
  readonly differences: readonly string[];
  readonly errors: readonly string[];
  /** The sequence's POST bodies for one side, each query after the comment `# <tag>`. */
  bodies(side: 'ours' | 'anchor', tag: string, count?: number): string[];
  /** The kind of each operation of the sequence. */
  kinds(count?: number): string[];
  /** The POST bodies of the sequence's operations of one kind, in sequence order (at most `count`). */
  bodiesOfKind(side: 'ours' | 'anchor', tag: string, kind: string, count?: number): string[];
}

/** Builds the varied mix against our server and the anchor (both uncached); without the anchor, ours alone. */
export async function prepareVariedMix(servers: { ours: string; anchor?: string }, options: VariedOptions): Promise<VariedMix> {
  const catalog = await readCatalog(servers.ours, { termMeasures: options.termMeasures });
  const templates = buildPool(catalog, options);
  const resolved = await resolveOperations(templates, servers, { maxPages: options.maxPages });
  const operations = resolved.operations;
  const length = options.length ?? Math.round(operations.length * (options.lengthFactor ?? 3));
  const sequence = drawSequence(operations, { seed: options.seed, length, zipf: options.zipf ?? 1 });
  const tagged = (r: Req, tag: string) => JSON.stringify({ query: `# ${tag}\n${r.query}`, variables: r.variables });
  const upTo = (count?: number) => sequence.slice(0, count ?? sequence.length);
  return {
    catalog,
    operations,
    sequence,
    summary: summarize(operations, sequence),
    differences: resolved.differences,
    errors: resolved.errors,
    bodies: (side, tag, count) => upTo(count).map((i) => tagged(operations[i][side], tag)),
    kinds: (count) => upTo(count).map((i) => operations[i].kind),
    bodiesOfKind: (side, tag, kind, count) =>
      sequence
        .filter((i) => operations[i].kind === kind)
        .slice(0, count)
        .map((i) => tagged(operations[i][side], tag)),
  };
}
