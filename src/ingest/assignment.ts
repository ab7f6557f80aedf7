/**
 * Maximum-weight assignment (the Hungarian method, O(n³)) for the small matrices of title–row
 * alignment. `score[i][j]` is the gain of giving row i to column j; the matrix may be rectangular.
 */

/** For each row, the column it gets (or -1 when there are more rows than columns). */
export function maxAssignment(score: readonly (readonly number[])[]): number[] {
  const rows = score.length;
  if (rows === 0) return [];
  const cols = score[0].length;
  const n = Math.max(rows, cols);
  // Square cost matrix (minimisation) padded with zeros.
  const max = Math.max(0, ...score.flat());
  const cost = (i: number, j: number): number => (i < rows && j < cols ? max - score[i][j] : max);

  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0); // p[j]: row matched to column j (1-based)
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) { u[p[j]] += delta; v[j] -= delta; } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const result = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= n; j++) {
    const i = p[j] - 1;
    if (i >= 0 && i < rows && j - 1 < cols) result[i] = j - 1;
  }
  return result;
}
