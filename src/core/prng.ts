/**
 * Seeded randomness (mulberry32) for everything that must replay exactly:
 * chaos schedules, benchmark workloads and fuzz tests.
 */

export type Rng = () => number;

/**
 * A deterministic generator of floats in [0, 1).
 * @example const r = mulberry32(42); r(); // same value on every run
 */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
