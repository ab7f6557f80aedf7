/**
 * Weighted term vectors over a collection: TF-IDF with sublinear term frequency
 * (w = (1 + ln tf) · ln(1 + N / df)), L2-normalised so a dot product is a cosine. Each vector is
 * kept as parallel arrays sorted by term number, so two vectors are compared by a merge in
 * O(|a| + |b|), and the collection keeps, per term, the surface most often printed.
 */

export interface SparseVector {
  /** Term numbers, ascending. */
  readonly ids: Int32Array;
  /** Weights of those terms; the vector has length 1 (or is empty). */
  readonly weights: Float64Array;
}

export interface Vocabulary {
  /** Number of each key. */
  readonly idOf: ReadonlyMap<string, number>;
  readonly keys: readonly string[];
  /** The surface most often printed for each term number. */
  readonly surfaces: readonly string[];
  /** How many documents hold each term. */
  readonly df: Int32Array;
  /** Number of documents. */
  readonly size: number;
}

export interface WeightedCollection {
  readonly vocabulary: Vocabulary;
  readonly vectors: readonly SparseVector[];
}

/** One occurrence of a term in a document. */
export interface Occurrence {
  readonly key: string;
  readonly surface: string;
}

/**
 * Builds the vocabulary and the normalised vectors of `documents` (one list of occurrences each).
 * Terms held by fewer than `minDocumentFrequency` documents stay in the vocabulary but get no
 * weight: a term no other document has cannot make two documents alike, and would only lengthen
 * (and so shrink) the vectors of documents rich in one-off compounds.
 */
export function weightCollection(documents: readonly (readonly Occurrence[])[], minDocumentFrequency = 1): WeightedCollection {
  const idOf = new Map<string, number>();
  const keys: string[] = [];
  const surfaceCounts: Map<string, number>[] = [];
  const counts = documents.map((occurrences) => {
    const tf = new Map<number, number>();
    for (const o of occurrences) {
      let id = idOf.get(o.key);
      if (id === undefined) {
        id = keys.length;
        idOf.set(o.key, id);
        keys.push(o.key);
        surfaceCounts.push(new Map());
      }
      tf.set(id, (tf.get(id) ?? 0) + 1);
      const seen = surfaceCounts[id];
      seen.set(o.surface, (seen.get(o.surface) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Int32Array(keys.length);
  for (const tf of counts) for (const id of tf.keys()) df[id]++;
  const n = documents.length;
  const vectors = counts.map((tf) => {
    const ids = Int32Array.from([...tf.keys()].filter((id) => df[id] >= minDocumentFrequency).sort((a, b) => a - b));
    const weights = new Float64Array(ids.length);
    let norm = 0;
    ids.forEach((id, i) => {
      const w = (1 + Math.log(tf.get(id) as number)) * Math.log(1 + n / df[id]);
      weights[i] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] /= norm;
    return { ids, weights };
  });
  const surfaces = surfaceCounts.map((m) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]);
  return { vocabulary: { idOf, keys, surfaces, df, size: n }, vectors };
}

/** Cosine of two normalised vectors. */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) {
      sum += a.weights[i++] * b.weights[j++];
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return sum;
}

/** The terms two vectors share, with each one's part of their cosine, largest first. */
export function sharedContributions(a: SparseVector, b: SparseVector): { id: number; contribution: number }[] {
  const out: { id: number; contribution: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) {
      out.push({ id: x, contribution: a.weights[i++] * b.weights[j++] });
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return out.sort((p, q) => q.contribution - p.contribution || p.id - q.id);
}
