/**
 * Whole-page assignment: pairs the elements of the old page with those of the
 * new page, each element used at most once, so that no two elements that
 * prefer each other are left apart. An old element may stay unpaired — it was
 * deleted — and pairing it is only worth it for a similarity above `floor`.
 * This is what tells a deleted "Remove" button from its surviving siblings:
 * each sibling keeps its own successor, and nothing is left for the deleted one.
 * (The pairing of largest total similarity, the Hungarian method, was used
 * before; it gave a moved item's place to a deleted look-alike when that made
 * the sum larger — see docs/fingerprint.md.)
 */

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
