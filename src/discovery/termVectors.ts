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

/**
 * The `limit` shared terms of two vectors that add most to their cosine, largest first (ties: term
 * number). Selection, not a full sort: two measures share dozens of terms, evidence needs a few.
 */
export function sharedContributions(a: SparseVector, b: SparseVector, limit = Number.POSITIVE_INFINITY): { id: number; contribution: number }[] {
  const ids: number[] = [];
  const parts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) {
      ids.push(x);
      parts.push(a.weights[i++] * b.weights[j++]);
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  const out: { id: number; contribution: number }[] = [];
  const taken = new Uint8Array(ids.length);
  while (out.length < Math.min(limit, ids.length)) {
    let best = -1;
    for (let k = 0; k < ids.length; k++) {
      if (!taken[k] && (best === -1 || parts[k] > parts[best] || (parts[k] === parts[best] && ids[k] < ids[best]))) best = k;
    }
    taken[best] = 1;
    out.push({ id: ids[best], contribution: parts[best] });
  }
  return out;
}
