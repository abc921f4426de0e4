/**
 * Whole-page assignment: pairs the elements of the old page with those of the
 * new page, each element used at most once — either so that the total
 * similarity is largest (`assign`, the Hungarian method) or so that no two
 * elements that prefer each other are left apart (`stablePairs`, which the
 * matcher uses). An old element may stay unpaired — it was
 * deleted — and pairing it is only worth it for a similarity above `floor`.
 * This is what tells a deleted "Remove" button from its surviving siblings:
 * each sibling keeps its own successor, and nothing is left for the deleted one.
 */

/**
 * The best assignment for a similarity matrix (rows: old elements, columns:
 * new ones). Returns, per row, the column it is paired with, or -1.
 * @example assign([[0.9, 0.2], [0.8, 0.1]], 0.3) // [0, -1]
 */
export function assign(similarity: readonly (readonly number[])[], floor: number): number[] {
  const n = similarity.length;
  const m = similarity[0]?.length ?? 0;
  if (n === 0) return [];
  // Columns 1..m are the new elements; m+1..m+n let a row stay unpaired at cost 0.
  const cols = m + n;
  const cost = (i: number, j: number): number =>
    j <= m ? floor - ((similarity[i - 1] as readonly number[])[j - 1] ?? 0) : 0;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(cols + 1);
  const p = new Int32Array(cols + 1);
  const way = new Int32Array(cols + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(cols + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Uint8Array(cols + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0] as number;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - (u[i0] as number) - (v[j] as number);
        if (cur < (minv[j] as number)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number;
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          const r = p[j] as number;
          u[r] = (u[r] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else minv[j] = (minv[j] as number) - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      p[j0] = p[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) {
    const r = p[j] as number;
    if (r > 0 && (similarity[r - 1]?.[j - 1] ?? 0) > floor) out[r - 1] = j - 1;
  }
  return out;
}

/**
 * The stable pairing for a similarity matrix: no old and new element that
 * are each other's better choice are left apart (with one matrix for both
 * sides' preferences this is the greedy pairing, most similar pair first).
 * Returns, per row, the column it is paired with, or -1; pairs below `floor`
 * are not made.
 * @example stablePairs([[0.9, 0.8], [0.85, 0.1]], 0.3) // [0, -1]
 */
export function stablePairs(similarity: readonly (readonly number[])[], floor: number): number[] {
  const pairs: [number, number, number][] = [];
  similarity.forEach((row, i) => {
    row.forEach((s, j) => {
      if (s > floor) pairs.push([s, i, j]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const partner = new Array<number>(similarity.length).fill(-1);
  const taken = new Set<number>();
  for (const [, i, j] of pairs) {
    if (partner[i] !== -1 || taken.has(j)) continue;
    partner[i] = j;
    taken.add(j);
  }
  return partner;
}
