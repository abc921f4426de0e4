/**
 * Context novelty for the baseline: has this series ever made this short shape before?
 * The last few values, each cut into a coarse bin, form a context; contexts are remembered
 * in a two-generation bit set (a Bloom filter with one hash), so memory stays fixed and
 * contexts not seen for a long time are forgotten. This catches anomalies of shape, such as a
 * series that stops oscillating or rises in an order it never rose in, whose single values
 * are all within the usual range. The idea follows the Contextual Anomaly Detector (CAD OSE)
 * of the NAB scoreboard, reduced to a fixed-size memory.
 */

/** Bits per generation; two generations are kept. */
export const CONTEXT_BITS = 1024;
const WORDS = CONTEXT_BITS / 32;
/** Distinct contexts written to a generation before it becomes the old one. */
const GENERATION = CONTEXT_BITS / 4;

/** Words of state a context memory needs: two generations and an insertion counter. */
export const CONTEXT_WORDS = 2 * WORDS + 1;

/**
 * FNV-1a over up to three bin numbers (bins beyond ±2^20 are clamped).
 * @example contextHash(1, 2, 3) !== contextHash(3, 2, 1)
 */
export function contextHash(a: number, b: number, c: number): number {
  let h = 2166136261;
  h = Math.imul(h ^ (clampBin(a) & 0xffffff), 16777619);
  h = Math.imul(h ^ (clampBin(b) & 0xffffff), 16777619);
  h = Math.imul(h ^ (clampBin(c) & 0xffffff), 16777619);
  // Final avalanche so that nearby bins spread across the set.
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

function clampBin(b: number): number {
  return Math.min(1_048_576, Math.max(-1_048_576, b)) + 1_048_576;
}

/**
 * Looks a context up and remembers it; returns true when it was never seen (or long forgotten).
 * `bits` is a `Uint32Array` of `CONTEXT_WORDS` words starting at `base`.
 * @example const bits = new Uint32Array(CONTEXT_WORDS); seeContext(bits, 0, 7); // true, then false
 */
export function seeContext(bits: Uint32Array, base: number, hash: number): boolean {
  const bit = hash % CONTEXT_BITS;
  const word = bit >>> 5;
  const mask = 1 << (bit & 31);
  const cur = base + word;
  const old = base + WORDS + word;
  if (((bits[cur] as number) & mask) !== 0) return false;
  const known = ((bits[old] as number) & mask) !== 0;
  bits[cur] = (bits[cur] as number) | mask;
  const counter = base + 2 * WORDS;
  const written = (bits[counter] as number) + 1;
  if (written >= GENERATION) {
    // The current generation becomes the old one; the oldest is forgotten.
    bits.copyWithin(base + WORDS, base, base + WORDS);
    bits.fill(0, base, base + WORDS);
    bits[counter] = 0;
  } else {
    bits[counter] = written;
  }
  return !known;
}
